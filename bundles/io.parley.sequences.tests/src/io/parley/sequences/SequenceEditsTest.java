package io.parley.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.sequences.SequenceEdits.Follow;

/** Steps added, removed and put after another outcome leave a sequence whose every step still has a way in. */
class SequenceEditsTest {

	private static final String SAMPLE = """
			{"schema": "parley.sequence/1", "steps": [
			 {"id": "invite", "touch": "CONNECTION_NOTE", "message": "note.template.json"},
			 {"id": "thank", "touch": "MESSAGE", "message": "thanks.template.json", "follows": {"step": "invite", "outcome": "ACCEPTED"}, "waitDays": 1},
			 {"id": "inmail", "touch": "INMAIL", "message": "reach.template.json", "follows": {"step": "invite", "outcome": "NOT_ACCEPTED", "afterDays": 14}},
			 {"id": "call", "touch": "TASK", "task": "Sales call", "follows": {"step": "thank", "outcome": "REPLIED"}, "waitDays": 2}]}""";

	private static ObjectNode sample() throws Exception {
		return (ObjectNode) SequenceDocument.parse(SAMPLE);
	}

	@Test
	void anAddedStepFollowsTheHopedForOutcomeOfTheLastStepUnderANameOfItsOwn() throws Exception {
		ObjectNode root = sample();
		ArrayNode steps = SequenceEdits.added(root, Touch.MESSAGE);
		assertEquals("{\"id\":\"message\",\"touch\":\"MESSAGE\",\"message\":\"\",\"follows\":{\"step\":\"call\",\"outcome\":\"DONE\"}}",
				steps.get(4).toString());
		root.set("steps", steps);
		assertEquals("message-2", SequenceEdits.added(root, Touch.MESSAGE).get(5).path("id").asText());
		assertEquals("{\"id\":\"task\",\"touch\":\"TASK\",\"task\":\"\",\"follows\":{\"step\":\"message\",\"outcome\":\"REPLIED\"}}",
				SequenceEdits.added(root, Touch.TASK).get(5).toString());
		assertEquals(4, sample().path("steps").size(), "the document read is left as it was");
	}

	@Test
	void theFirstStepOfAnEmptySequenceFollowsNothing() throws Exception {
		JsonNode first = SequenceEdits.added(SequenceDocument.parse("{\"schema\": \"parley.sequence/1\", \"steps\": []}"), Touch.CONNECTION_NOTE).get(0);
		assertEquals("{\"id\":\"connection-note\",\"touch\":\"CONNECTION_NOTE\",\"message\":\"\"}", first.toString());
	}

	@Test
	void theStepsAfterARemovedStepTakeItsPlace() throws Exception {
		ArrayNode steps = SequenceEdits.removed(sample(), "thank");
		assertEquals(List.of("invite", "inmail", "call"), ids(steps));
		assertEquals("{\"step\":\"invite\",\"outcome\":\"ACCEPTED\"}", steps.get(2).path("follows").toString());
		ArrayNode withoutFirst = SequenceEdits.removed(sample(), "invite");
		assertEquals(false, withoutFirst.get(0).has("follows"), "thank starts the sequence now");
		ObjectNode root = sample();
		root.set("steps", withoutFirst);
		Sequence sequence = new SequenceReader().read(root);
		assertEquals(List.of("thank", "call"), new SequenceGraph(sequence).inOrder().stream().map(Step::id).toList());
	}

	@Test
	void aStepCanFollowTheStartOrAnOutcomeOfAStepNotAfterIt() throws Exception {
		Sequence sequence = new SequenceReader().read(sample());
		assertEquals(List.of("the start"), labels(sequence, "invite"), "every other step comes after the first");
		assertEquals(List.of("the start", "invite, if accepted", "invite, if not accepted", "inmail, if replied", "inmail, if no reply"),
				labels(sequence, "thank"));
		assertEquals(List.of("the start", "invite, if accepted", "invite, if not accepted", "thank, if replied", "thank, if no reply",
				"call, if done"), labels(sequence, "inmail"));
	}

	@Test
	void anOutcomeKnownOnlyAfterSomeDaysGetsItsDays() {
		assertEquals("{\"step\":\"invite\",\"outcome\":\"NOT_ACCEPTED\",\"afterDays\":7}",
				SequenceEdits.follows(new Follow("invite", Outcome.NOT_ACCEPTED), 0).toString());
		assertEquals("{\"step\":\"invite\",\"outcome\":\"NOT_ACCEPTED\",\"afterDays\":14}",
				SequenceEdits.follows(new Follow("invite", Outcome.NOT_ACCEPTED), 14).toString());
		assertEquals("{\"step\":\"thank\",\"outcome\":\"REPLIED\"}", SequenceEdits.follows(new Follow("thank", Outcome.REPLIED), 14).toString());
		assertNull(SequenceEdits.follows(Follow.START, 14));
	}

	private static List<String> labels(Sequence sequence, String id) {
		return SequenceEdits.choices(sequence, sequence.step(id).orElseThrow()).stream().map(Follow::label).toList();
	}

	private static List<String> ids(ArrayNode steps) {
		return java.util.stream.StreamSupport.stream(steps.spliterator(), false).map(s -> s.path("id").asText()).toList();
	}
}
