package io.parley.model.validation.checks;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.Rule;
import io.parley.model.text.MessageText;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.FieldPattern;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;

/** A call to action leads to exactly one destination: a landing page (http or https) or a Lead Gen Form. */
public final class CallToActionCheck {

	private CallToActionCheck() {
	}

	public static PreparedCheck check(Rule rule, FieldPatterns patterns) {
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachField(fields, (context, field) -> {
			if (field.value().isArray()) {
				for (int i = 0; i < field.value().size(); i++) {
					destination(rule, context, field.pointer() + "/" + i, field.value().get(i));
				}
			} else {
				destination(rule, context, field.pointer(), field.value());
			}
		});
	}

	/** A Message Ad has one button: a list of calls to action (an array) breaks the rule's maximum. */
	public static PreparedCheck maxButtons(Rule rule, FieldPatterns patterns) {
		int max = rule.intParam("max");
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachField(fields, (context, field) -> {
			int count = field.value().isArray() ? field.value().size() : 1;
			if (count > max) {
				context.report(rule, "The template has " + count + " call-to-action buttons; "
						+ context.format().plural() + " allow " + max, field.pointer());
			}
		});
	}

	private static void destination(Rule rule, CheckContext context, String pointer, JsonNode cta) {
		String address = cta.path("url").asText("");
		boolean url = !address.isBlank();
		boolean form = !cta.path("leadGenForm").asText("").isBlank();
		if (url == form) {
			context.report(rule, url ? "The call to action has both a landing page and a Lead Gen Form; choose one"
					: "The call to action needs a landing page URL or a Lead Gen Form", pointer);
		} else if (url) {
			landingPage(rule, context, pointer, address, rule.intParam("maxUrlLength"));
		}
	}

	/** @param owner the pointer of the call to action or button whose {@code url} this is */
	static void landingPage(Rule rule, CheckContext context, String owner, String url, int maxLength) {
		int length = MessageText.length(url);
		if (length > maxLength) {
			context.report(rule, "The landing page URL is " + length + " characters; " + context.format().plural()
					+ " allow " + maxLength, owner + "/url");
		} else if (!isWebAddress(url)) {
			context.report(rule, "\"" + url + "\" is not a web address; it must start with http:// or https://", owner + "/url");
		}
	}

	/** http(s)://host..., without spaces: what LinkedIn accepts as a landing page. */
	private static boolean isWebAddress(String url) {
		String address = url.strip();
		int host = address.regionMatches(true, 0, "https://", 0, 8) ? 8
				: address.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
		return host > 0 && address.length() > host && address.charAt(host) != '/' && !hasWhitespace(address);
	}

	private static boolean hasWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			// Between the space and the end of ASCII nothing is whitespace: most of a URL costs one comparison.
			if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
				return true;
			}
		}
		return false;
	}
}
