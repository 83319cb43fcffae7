package io.parley.sequences.plan;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rendering.PreparedText;
import io.parley.model.rules.RuleSet;
import io.parley.sequences.Step;
import io.parley.sequences.Touch;

/**
 * The plan as a spreadsheet for the person who sends by hand: one row per person and step, with the
 * day, the condition that makes it due, and the message as that person reads it. Sponsored steps
 * are LinkedIn's to send and go through the campaign exporters instead.
 */
public final class TaskList {

	private static final String HEADER = "date,person,step,touch,condition,subject,message";

	private final MessageRenderer renderer;
	private final MessageFiles messages;
	/** Each message text with its macros found once, for all the people it goes to. */
	private final Map<String, PreparedText> prepared = new HashMap<>();

	/** The message documents steps name, read once each. */
	public interface MessageFiles {
		Optional<JsonNode> of(Step step);
	}

	public TaskList(RuleSet ruleSet, MessageFiles messages) {
		this.renderer = new MessageRenderer(ruleSet);
		this.messages = messages;
	}

	public void write(SequencePlan plan, Writer out) throws IOException {
		out.write(HEADER + "\r\n");
		for (PlannedTouch touch : plan.touches()) {
			if (touch.step().touch().isSponsored()) {
				continue;
			}
			Optional<JsonNode> message = messages.of(touch.step());
			String subject = message.map(m -> rendered(m.path("subject").asText(""), touch.person())).orElse("");
			String body = touch.step().touch() == Touch.TASK ? touch.step().task()
					: message.map(m -> rendered(m.path("body").asText(""), touch.person())).orElse("");
			out.write(String.join(",", cell(touch.date().toString()), cell(touch.person().name()), cell(touch.step().id()),
					cell(touch.step().label()), cell(touch.step().condition()), cell(subject), cell(body)) + "\r\n");
		}
	}

	/** The text as the person reads it; a stand-in of a plan by number keeps the macros for the sender to fill in. */
	private String rendered(String text, Person person) {
		return person.prospect().fields().isEmpty() ? text : prepared.computeIfAbsent(text, renderer::prepare).render(person.prospect());
	}

	/** RFC 4180: every cell quoted, quotes doubled; a leading =, +, - or @ is kept from running as a spreadsheet formula. */
	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
