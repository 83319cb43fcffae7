package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.parley.core.workspace.FieldLocation;

/** The Problems view's Location names a field in words, not by its JSON pointer. */
class FieldLocationTest {

	@Test
	void listItemsCountFromOneAndEachStartsAStep() {
		assertEquals("Message 1 › Button 2 text", FieldLocation.of("/messages/0/buttons/1/text"));
		assertEquals("Variant 1 subject", FieldLocation.of("/variants/0/subject"));
		assertEquals("Scenario 3", FieldLocation.of("/scenarios/2"));
	}

	@Test
	void fieldsReadAsWords() {
		assertEquals("Subject", FieldLocation.of("/subject"));
		assertEquals("Call to action URL", FieldLocation.of("/cta/url"));
		assertEquals("Cost per send", FieldLocation.of("/costPerSend"));
		assertEquals("Message 2 Lead Gen Form", FieldLocation.of("/messages/1/leadGenForm"));
		assertEquals("Schedule › Day 1", FieldLocation.of("/schedule/days/0"));
		assertEquals("Document", FieldLocation.of(""));
	}
}
