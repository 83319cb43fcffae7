package io.parley.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.flow.FlowEdits.Action;

/** Edits of a flow's messages return changed copies. */
class FlowEditsTest {

	private static JsonNode messages() throws Exception {
		return new ObjectMapper().readTree("""
				[{"id":"opening","text":"Hi","buttons":[{"text":"More","url":"https://x"},{"text":"Bye","close":true}]},
				 {"id":"message","text":"","buttons":[]}]""");
	}

	@Test
	void aNewMessageAfterAButtonIsNamedAfterItAndTheButtonLeadsThere() throws Exception {
		JsonNode before = messages();
		ArrayNode after = FlowEdits.withMessageAfter(before, 0, 0);
		assertEquals("more", after.get(2).get("id").asText());
		assertEquals("{\"text\":\"More\",\"next\":\"more\"}", after.get(0).get("buttons").get(0).toString());
		assertEquals("message-2", FlowEdits.freshId(after, "message"));
		assertEquals("book-a-demo", FlowEdits.slug("  Book a demo! "));
		assertEquals(2, before.size(), "the argument is unchanged");
	}

	@Test
	void renamingAMessageKeepsTheLinksToIt() throws Exception {
		ObjectNode root = new ObjectMapper().createObjectNode().put("start", "opening");
		root.set("messages", FlowEdits.withMessageAfter(messages(), 0, 0));
		ObjectNode renamed = FlowEdits.withRenamed(root, 2, "details");
		assertEquals("details", renamed.at("/messages/0/buttons/0/next").asText());
		ObjectNode opening = FlowEdits.withRenamed(root, 0, "hello");
		assertEquals("hello", opening.get("start").asText());
		assertEquals("more", root.at("/messages/0/buttons/0/next").asText(), "the argument is unchanged");
	}

	@Test
	void duplicateGoesRightAfterTheOriginal() throws Exception {
		ArrayNode after = FlowEdits.withDuplicate(messages(), 0);
		assertEquals("opening-copy", after.get(1).get("id").asText());
		assertEquals(after.get(0).get("buttons"), after.get(1).get("buttons"));
	}

	@Test
	void buttonsMoveAndTheirActionIsReplacedNotAdded() throws Exception {
		JsonNode buttons = messages().get(0).get("buttons");
		assertEquals("Bye", FlowEdits.withButtonMoved(buttons, 1, -1).get(0).get("text").asText());
		JsonNode closing = FlowEdits.withAction(buttons.get(0), Action.CLOSE, null);
		assertEquals(Action.CLOSE, Action.of(closing));
		assertFalse(closing.has("url"));
		assertEquals(3, FlowEdits.withButton(buttons, "Later").size());
		assertEquals(1, FlowEdits.withoutButton(buttons, 0).size());
	}
}
