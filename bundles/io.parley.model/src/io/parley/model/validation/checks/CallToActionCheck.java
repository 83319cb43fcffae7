package io.parley.model.validation.checks;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.Rule;
import io.parley.model.text.MessageText;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.Field;

/** A call to action leads to exactly one destination: a landing page (http or https) or a Lead Gen Form. */
public final class CallToActionCheck {

	private CallToActionCheck() {
	}

	public static void check(Rule rule, CheckContext context) {
		for (String pattern : rule.fields()) {
			for (Field field : context.fields(pattern)) {
				if (field.value().isArray()) {
					for (int i = 0; i < field.value().size(); i++) {
						destination(rule, context, field.pointer() + "/" + i, field.value().get(i));
					}
				} else {
					destination(rule, context, field.pointer(), field.value());
				}
			}
		}
	}

	/** A Message Ad has one button: a list of calls to action (an array) breaks the rule's maximum. */
	public static void maxButtons(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		for (String pattern : rule.fields()) {
			for (Field field : context.fields(pattern)) {
				int count = field.value().isArray() ? field.value().size() : 1;
				if (count > max) {
					context.report(rule, "The template has " + count + " call-to-action buttons; " + context.format().plural()
							+ " allow " + max, field.pointer());
				}
			}
		}
	}

	private static void destination(Rule rule, CheckContext context, String pointer, JsonNode cta) {
		boolean url = !cta.path("url").asText("").isBlank();
		boolean form = !cta.path("leadGenForm").asText("").isBlank();
		if (url == form) {
			context.report(rule, url ? "The call to action has both a landing page and a Lead Gen Form; choose one"
					: "The call to action needs a landing page URL or a Lead Gen Form", pointer);
		} else if (url) {
			landingPage(rule, context, pointer + "/url", cta.path("url").asText(), rule.intParam("maxUrlLength"));
		}
	}

	static void landingPage(Rule rule, CheckContext context, String pointer, String url, int maxLength) {
		int length = MessageText.length(url);
		if (length > maxLength) {
			context.report(rule, "The landing page URL is " + length + " characters; " + context.format().plural()
					+ " allow " + maxLength, pointer);
		} else if (!isWebAddress(url)) {
			context.report(rule, "\"" + url + "\" is not a web address; it must start with http:// or https://", pointer);
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
			if (Character.isWhitespace(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}
}
