package io.parley.sequences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/**
 * Reads a sequence document. What it cannot read as a step (an unknown touch or outcome, a step
 * without a name) is a problem in the reader's list and the step is left out, so the rest of the
 * sequence is still checked and planned.
 */
public final class SequenceReader {

	/** A value of the file that is not what the sequence format takes. */
	public static final String FIELD = "sequence.field";

	private final List<Diagnostic> problems = new ArrayList<>();

	public Sequence read(JsonNode root) {
		List<Step> steps = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		JsonNode items = root.path("steps");
		for (int i = 0; i < items.size(); i++) {
			Step step = step(items.get(i), "/steps/" + i);
			if (step != null && !ids.add(step.id())) {
				problem("Two steps are called \"" + step.id() + "\"; each step needs a name of its own", "/steps/" + i + "/id");
			} else if (step != null) {
				steps.add(step);
			}
		}
		if (items.isEmpty()) {
			problem("The sequence has no steps", "/steps");
		}
		JsonNode pace = root.path("pace");
		return new Sequence(root.path("name").asText(""), "connections".equalsIgnoreCase(root.path("recipients").asText("")),
				root.path("prospects").asText(""), nonNegative(root, "size"), root.path("start").asText(""),
				root.path("senderAccount").asText(""), root.path("inMailPlan").asText(""),
				new Sequence.Pace(pace.path("invitationsPerWeek").asInt(0), pace.path("messagesPerDay").asInt(0)), List.copyOf(steps));
	}

	/** What kept parts of the file from being read. */
	public List<Diagnostic> problems() {
		return List.copyOf(problems);
	}

	private Step step(JsonNode node, String pointer) {
		String id = node.path("id").asText("");
		if (id.isEmpty()) {
			problem("A step needs a name (\"id\")", pointer);
			return null;
		}
		String touchName = node.path("touch").asText("");
		Touch touch = Touch.of(touchName).orElse(null);
		if (touch == null) {
			problem("Step \"" + id + "\": " + (touchName.isEmpty() ? "no touch" : "unknown touch \"" + touchName + "\"") + "; expected one of "
					+ Touch.names(), pointer + "/touch");
			return null;
		}
		JsonNode follows = node.path("follows");
		String previous = follows.path("step").asText("");
		Outcome outcome = null;
		if (!previous.isEmpty()) {
			String outcomeName = follows.path("outcome").asText("");
			outcome = Outcome.of(outcomeName).orElse(null);
			if (outcome == null) {
				problem("Step \"" + id + "\" follows \"" + previous + "\" without an outcome to wait for (one of ACCEPTED, NOT_ACCEPTED, REPLIED, NO_REPLY, CLICKED, DONE)",
						pointer + "/follows/outcome");
				return null;
			}
		}
		return new Step(id, touch, node.path("message").asText(""), node.path("task").asText(""), previous, outcome,
				Math.max(0, follows.path("afterDays").asInt(0)), Math.max(0, node.path("waitDays").asInt(0)),
				node.path("campaign").asText(""), pointer);
	}

	private long nonNegative(JsonNode root, String field) {
		long value = root.path(field).asLong(0);
		if (value < 0) {
			problem("The number of people cannot be negative", "/" + field);
			return 0;
		}
		return value;
	}

	private void problem(String message, String pointer) {
		problems.add(Diagnostic.atField(FIELD, Severity.ERROR, message, pointer));
	}
}
