package io.parley.model.validation.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import io.parley.model.files.BannerImage;
import io.parley.model.rules.Rule;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.Field;

/**
 * A Conversation Ad's banner ({@code "banner": "spring.png"}, relative to the flow) must be one of
 * the rule's image types and fit its pixel and file-size limits. An unsaved flow has no folder to
 * find the image in, so only the file's name is checked then.
 */
public final class BannerImageCheck {

	private BannerImageCheck() {
	}

	public static void check(Rule rule, CheckContext context) {
		for (Field field : TextChecks.textFields(rule, context)) {
			Optional<Path> file = context.resolve(field.text());
			if (file.isEmpty()) {
				continue;
			}
			if (!Files.isRegularFile(file.get())) {
				context.report(rule, "The banner image " + field.text() + " does not exist", field.pointer());
				continue;
			}
			try {
				BannerImage.read(file.get()).ifPresentOrElse(image -> limits(rule, context, field, image),
						() -> context.report(rule, "The banner " + field.text() + " is not a " + types(rule) + " image", field.pointer()));
			} catch (IOException e) {
				context.report(rule, "The banner image " + field.text() + " cannot be read: " + e.getMessage(), field.pointer());
			}
		}
	}

	private static void limits(Rule rule, CheckContext context, Field field, BannerImage image) {
		int maxWidth = rule.intParam("maxWidth");
		int maxHeight = rule.intParam("maxHeight");
		long maxBytes = rule.intParam("maxBytes");
		if (!rule.listParam("types").contains(image.type())) {
			context.report(rule, "The banner is a " + image.type() + " image; " + context.format().plural() + " take "
					+ types(rule), field.pointer());
		}
		if (image.width() > maxWidth || image.height() > maxHeight) {
			context.report(rule, "The banner is " + image.width() + "×" + image.height() + " pixels; "
					+ context.format().plural() + " allow " + maxWidth + "×" + maxHeight, field.pointer());
		}
		if (image.bytes() > maxBytes) {
			context.report(rule, String.format(Locale.ROOT, "The banner is %.1f MB; %s allow %.1f MB", image.bytes() / 1048576.0,
					context.format().plural(), maxBytes / 1048576.0), field.pointer());
		}
	}

	private static String types(Rule rule) {
		return String.join(" or ", rule.listParam("types"));
	}
}
