package io.parley.model.validation.checks;

import java.util.List;
import java.util.Locale;

import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowAnalysis;
import io.parley.model.flow.FlowButton;
import io.parley.model.flow.FlowMessage;
import io.parley.model.rules.Rule;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.DocumentFacts;

/** Checks of a Conversation Ad's buttons and of the shape of its tree. */
public final class FlowChecks {

	private FlowChecks() {
	}

	public static void buttonCount(Rule rule, CheckContext context) {
		List<FlowMessage> messages = DocumentFacts.flow(context).messages();
		for (int i = 0; i < messages.size(); i++) {
			countButtons(rule, context, i, messages.get(i));
		}
	}

	public static void openingButtonCount(Rule rule, CheckContext context) {
		ConversationFlow flow = DocumentFacts.flow(context);
		int start = flow.indexOf(flow.start());
		if (start >= 0) {
			countButtons(rule, context, start, flow.messages().get(start));
		}
	}

	private static void countButtons(Rule rule, CheckContext context, int index, FlowMessage message) {
		int count = message.buttons().size();
		int min = rule.intParam("min");
		int max = rule.intParam("max");
		if (count < min || count > max) {
			context.report(rule, "Message \"" + message.id() + "\" has " + count + (count == 1 ? " button" : " buttons")
					+ "; " + context.format().plural() + " allow " + min + " to " + max + where(rule), "/messages/" + index + "/buttons");
		}
	}

	private static String where(Rule rule) {
		return rule.check().equals("openingButtonCount") ? " on the opening message" : "";
	}

	public static void buttonAction(Rule rule, CheckContext context) {
		List<FlowMessage> messages = DocumentFacts.flow(context).messages();
		for (int i = 0; i < messages.size(); i++) {
			for (int b = 0; b < messages.get(i).buttons().size(); b++) {
				FlowButton button = messages.get(i).buttons().get(b);
				String pointer = "/messages/" + i + "/buttons/" + b;
				if (button.actionCount() != 1) {
					context.report(rule, "Button \"" + button.text() + "\" on message \"" + messages.get(i).id() + "\" has "
							+ (button.actionCount() == 0 ? "no action" : button.actionCount() + " actions")
							+ "; give it exactly one: next message, URL, Lead Gen Form or close", pointer);
				} else if (button.url() != null) {
					CallToActionCheck.landingPage(rule, context, pointer, button.url(), rule.intParam("maxUrlLength"));
				}
			}
		}
	}

	public static void notInterested(Rule rule, CheckContext context) {
		ConversationFlow flow = DocumentFacts.flow(context);
		int start = flow.indexOf(flow.start());
		if (start < 0) {
			return;
		}
		List<String> labels = rule.listParam("labels").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
		boolean offered = flow.messages().get(start).buttons().stream()
				.anyMatch(b -> labels.contains(b.text().strip().toLowerCase(Locale.ROOT)));
		if (!offered) {
			context.report(rule, "The opening message has no \"Not interested\" button; recipients need a way out",
					"/messages/" + start + "/buttons");
		}
	}

	public static void terminal(Rule rule, CheckContext context) {
		for (int index : DocumentFacts.flowAnalysis(context).deadEnds()) {
			context.report(rule, "Message \"" + DocumentFacts.flow(context).messages().get(index).id()
					+ "\" has no buttons, so the conversation ends without a landing page, form or close", "/messages/" + index);
		}
	}

	public static void dangling(Rule rule, CheckContext context) {
		ConversationFlow flow = DocumentFacts.flow(context);
		if (!DocumentFacts.flowAnalysis(context).startExists()) {
			context.report(rule, "The opening message \"" + flow.start() + "\" does not exist", "/start");
		}
		for (FlowAnalysis.ButtonRef ref : DocumentFacts.flowAnalysis(context).dangling()) {
			FlowButton button = flow.messages().get(ref.message()).buttons().get(ref.button());
			context.report(rule, "Button \"" + button.text() + "\" leads to message \"" + button.next()
					+ "\", which does not exist", pointer(ref) + "/next");
		}
	}

	public static void unreachable(Rule rule, CheckContext context) {
		if (!DocumentFacts.flowAnalysis(context).startExists()) {
			return;
		}
		for (int index : DocumentFacts.flowAnalysis(context).unreachable()) {
			context.report(rule, "Message \"" + DocumentFacts.flow(context).messages().get(index).id()
					+ "\" cannot be reached from the opening message", "/messages/" + index);
		}
	}

	public static void cycle(Rule rule, CheckContext context) {
		for (FlowAnalysis.ButtonRef ref : DocumentFacts.flowAnalysis(context).cycles()) {
			FlowButton button = DocumentFacts.flow(context).messages().get(ref.message()).buttons().get(ref.button());
			context.report(rule, "Button \"" + button.text() + "\" leads back to message \"" + button.next()
					+ "\"; a conversation is a tree and cannot loop", pointer(ref) + "/next");
		}
	}

	public static void depth(Rule rule, CheckContext context) {
		int depth = DocumentFacts.flowAnalysis(context).depth();
		int max = rule.intParam("max");
		if (depth > max) {
			context.report(rule, "The conversation is " + depth + " messages deep; past " + max
					+ " levels recipients rarely reach the end", "/messages");
		}
	}

	private static String pointer(FlowAnalysis.ButtonRef ref) {
		return "/messages/" + ref.message() + "/buttons/" + ref.button();
	}
}
