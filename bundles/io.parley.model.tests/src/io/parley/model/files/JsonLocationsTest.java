package io.parley.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonLocationsTest {

	private static final String FLOW = """
			{
			  "start": "a",
			  "messages": [
			    { "id": "a",
			      "buttons": [
			        { "text": "Yes" },
			        { "text": "No",
			          "close": true }
			      ]
			    }
			  ]
			}""";

	@Test
	void findsNestedFieldsByPointer() {
		JsonLocations locator = JsonLocations.of(FLOW);
		assertEquals(2, locator.lineOf("/start"));
		assertEquals(4, locator.lineOf("/messages/0/id"));
		assertEquals(7, locator.lineOf("/messages/0/buttons/1/text"));
		assertEquals(8, locator.lineOf("/messages/0/buttons/1/close"));
		assertEquals(3, locator.columnOf("/start"), "where the field's name starts");
		assertEquals(11, locator.columnOf("/messages/0/buttons/1/close"));
	}

	@Test
	void unknownFieldFallsBackToItsParent() {
		assertEquals(6, JsonLocations.of(FLOW).lineOf("/messages/0/buttons/0/next"));
	}

	@Test
	void brokenJsonKeepsWhatWasReadBeforeTheError() {
		JsonLocations locator = JsonLocations.of("{\n \"a\": 1,\n \"b\": }");
		assertEquals(2, locator.lineOf("/a"));
		assertEquals(0, locator.lineOf("/zzz"));
	}
}
