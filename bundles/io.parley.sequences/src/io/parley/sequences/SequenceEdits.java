package io.parley.sequences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes a person makes to a sequence's steps, as the new JSON of the part that changes: a step
 * added, a step removed, a step put after another outcome. Each leaves the rest of the file as it
 * was, so an editor applies it as one undoable replacement.
 */
public final class SequenceEdits {

	/** Days without an answer a new "not accepted" or "no reply" waits, until the person says otherwise. */
	public static final int DEFAULT_AFTER_DAYS = 7;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SequenceEdits() {
	}

	/**
	 * What a step can follow: another step that does not come after it, on an outcome that step can
	 * have; or nothing, the start of the sequence.
	 *
	 * @param step    the step followed; null for the start
	 * @param outcome what it waits for; null for the start
	 */
	public record Follow(String step, Outcome outcome) {

		public static final Follow START = new Follow(null, null);

		/** "invite, if accepted"; "the start" for the first step. */
		public String label() {
			return step == null ? "the start" : step + ", if " + outcome.label();
		}

		public static Follow of(Step step) {
			return step.isFirst() ? START : new Follow(step.follows(), step.outcome());
		}
	}

	/** Every place {@code step} can go in {@code sequence}: the start, then each other step's outcomes, in the file's order. */
	public static List<Follow> choices(Sequence sequence, Step step) {
		SequenceGraph graph = new SequenceGraph(sequence);
		List<Follow> choices = new ArrayList<>();
		choices.add(Follow.START);
		for (Step other : sequence.steps()) {
			boolean after = other.id().equals(step.id()) || graph.pathTo(other).stream().anyMatch(s -> s.id().equals(step.id()));
			if (!after) {
				other.touch().outcomes().forEach(outcome -> choices.add(new Follow(other.id(), outcome)));
			}
		}
		return choices;
	}

	/**
	 * The steps with a new step of {@code touch} at the end, after the outcome people hope for of
	 * the last step ("accepted" for a connection note); the first step when there is none. Its name
	 * is the touch's, numbered when taken ("message-2"); it names no template yet.
	 */
	public static ArrayNode added(JsonNode root, Touch touch) {
		ArrayNode steps = stepsOf(root);
		ObjectNode step = NODES.objectNode();
		step.put("id", freeName(steps, touch.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		step.put("touch", touch.name());
		step.put(touch == Touch.TASK ? "task" : "message", "");
		if (!steps.isEmpty()) {
			JsonNode last = steps.get(steps.size() - 1);
			Touch lastTouch = Touch.of(last.path("touch").asText("")).orElse(Touch.TASK);
			step.set("follows", follows(new Follow(last.path("id").asText(""), lastTouch.outcomes().get(0)), 0));
		}
		steps.add(step);
		return steps;
	}

	/**
	 * The steps without the step called {@code id}. The steps that followed it take its place: they
	 * follow what it followed, on the same outcome, so no step is left after a missing one.
	 */
	public static ArrayNode removed(JsonNode root, String id) {
		ArrayNode steps = stepsOf(root);
		JsonNode gone = null;
		for (int i = 0; i < steps.size() && gone == null; i++) {
			if (id.equals(steps.get(i).path("id").asText())) {
				gone = steps.remove(i);
			}
		}
		if (gone == null) {
			return steps;
		}
		for (JsonNode step : steps) {
			if (id.equals(step.path("follows").path("step").asText()) && step instanceof ObjectNode object) {
				if (gone.has("follows")) {
					object.set("follows", gone.get("follows").deepCopy());
				} else {
					object.remove("follows");
				}
			}
		}
		return steps;
	}

	/**
	 * The {@code follows} value for {@code follow}; null for the start (no field). An outcome only
	 * known after some days keeps {@code afterDays} when above 0, else {@link #DEFAULT_AFTER_DAYS}.
	 */
	public static ObjectNode follows(Follow follow, int afterDays) {
		if (follow.step() == null) {
			return null;
		}
		ObjectNode follows = NODES.objectNode();
		follows.put("step", follow.step());
		follows.put("outcome", follow.outcome().name());
		if (follow.outcome().needsDays()) {
			follows.put("afterDays", afterDays > 0 ? afterDays : DEFAULT_AFTER_DAYS);
		}
		return follows;
	}

	private static ArrayNode stepsOf(JsonNode root) {
		JsonNode steps = root.path("steps");
		return steps.isArray() ? ((ArrayNode) steps).deepCopy() : NODES.arrayNode();
	}

	private static String freeName(ArrayNode steps, String base) {
		List<String> taken = new ArrayList<>();
		steps.forEach(step -> taken.add(step.path("id").asText("")));
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + "-" + n;
		}
		return name;
	}
}
