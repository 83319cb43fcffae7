package io.parley.sequences;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;

/** Touches in the wrong place or with the wrong message: a message before acceptance, InMail to a connection, sponsored touches inside the frequency cap. */
final class TouchChecks {

	private TouchChecks() {
	}

	/** A 1st-degree message goes only to people who accepted the connection request before it. */
	static void messageBeforeAcceptance(Rule rule, SequenceContext context) {
		for (Step step : context.sequence().steps()) {
			if (step.touch() == Touch.MESSAGE && context.graph().isReachable(step) && !connectedAt(step, context)) {
				context.report(rule, "Step \"" + step.id() + "\" sends a 1st-degree message to people who have not accepted a connection request;"
						+ " let it follow a connection note's \"accepted\" outcome, or send InMail", step.pointer() + "/follows");
			}
		}
	}

	/** InMail to a person already connected spends a credit where a message is free. */
	static void inMailToConnection(Rule rule, SequenceContext context) {
		for (Step step : context.sequence().steps()) {
			if (step.touch() == Touch.INMAIL && context.graph().isReachable(step) && connectedAt(step, context)) {
				context.report(rule, "Step \"" + step.id() + "\" sends InMail to people who are already connected: a 1st-degree message reaches them"
						+ " free, without spending a credit", step.pointer() + "/touch");
			}
		}
	}

	/** Two sponsored touches on one path closer than the frequency cap: LinkedIn delivers only the first. */
	static void frequencyCap(Rule rule, SequenceContext context) {
		int capDays = (int) context.ruleSet().cap("frequencyCapDays");
		for (Step step : context.sequence().steps()) {
			if (!step.touch().isSponsored()) {
				continue;
			}
			List<Step> path = context.graph().pathTo(step);
			for (Step earlier : path.subList(0, Math.max(0, path.size() - 1))) {
				int apart = context.graph().dayOf(step) - context.graph().dayOf(earlier);
				if (earlier.touch().isSponsored() && apart < capDays) {
					context.report(rule, "Step \"" + step.id() + "\" is a " + step.touch().label() + " " + apart + (apart == 1 ? " day" : " days")
							+ " after the " + earlier.touch().label() + " of \"" + earlier.id() + "\"; a member receives one sponsored message in "
							+ capDays + " days, so wait at least " + capDays, step.pointer() + "/waitDays");
				}
			}
		}
	}

	/** Each message step names a template or flow of its own format; each task says what to do. */
	static void message(Rule rule, SequenceContext context) {
		for (Step step : context.sequence().steps()) {
			if (step.touch() == Touch.TASK) {
				if (step.task().isBlank()) {
					context.report(rule, "Step \"" + step.id() + "\" is a task without a name (\"Sales call\")", step.pointer() + "/task");
				}
				continue;
			}
			MessageFormat format = step.touch().format().orElseThrow();
			if (step.message().isEmpty()) {
				context.report(rule, "Step \"" + step.id() + "\" names no " + (format == MessageFormat.CONVERSATION_AD ? "flow" : "template")
						+ " to send", step.pointer() + "/message");
				continue;
			}
			Optional<JsonNode> message = context.message(step);
			if (message.isEmpty()) {
				context.file(step.message()).ifPresent(file -> context.report(rule, "Step \"" + step.id() + "\" sends " + step.message()
						+ ", which is not there or cannot be read", step.pointer() + "/message"));
				continue;
			}
			Optional<MessageFormat> actual = MessageFormat.ofContent(message.get());
			if (actual.isPresent() && actual.get() != format) {
				context.report(rule, "Step \"" + step.id() + "\" is a " + step.touch().label() + " but " + step.message() + " is a "
						+ actual.get().label(), step.pointer() + "/message");
			}
		}
	}

	/** A connection note's worst case, with each macro at its longest, stays within LinkedIn's limit. */
	static void noteLength(Rule rule, SequenceContext context) {
		int max = rule.intParam("max");
		for (Step step : context.sequence().steps()) {
			if (step.touch() != Touch.CONNECTION_NOTE) {
				continue;
			}
			MessageRenderer renderer = new MessageRenderer(context.ruleSet());
			context.message(step).ifPresent(note -> {
				int longest = renderer.longestLength(note.path("body").asText(""));
				for (JsonNode variant : note.path("variants")) {
					longest = Math.max(longest, renderer.longestLength(variant.path("body").asText("")));
				}
				if (longest > max) {
					context.report(rule, String.format(Locale.ROOT, "Step \"%s\" sends a connection note of up to %,d characters with the longest names; "
							+ "LinkedIn takes %,d", step.id(), longest, max), step.pointer() + "/message");
				}
			});
		}
	}

	static boolean connectedAt(Step step, SequenceContext context) {
		if (context.sequence().connected()) {
			return true;
		}
		List<Step> path = context.graph().pathTo(step);
		for (int i = 1; i < path.size(); i++) {
			if (path.get(i).outcome() == Outcome.ACCEPTED && path.get(i - 1).touch() == Touch.CONNECTION_NOTE) {
				return true;
			}
		}
		return false;
	}
}
