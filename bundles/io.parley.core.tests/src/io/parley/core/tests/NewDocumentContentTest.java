package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.kinds.NewDocumentContent;

class NewDocumentContentTest {

	private final DocumentKindRegistry registry = DocumentKindRegistry.getDefault();

	@Test
	void fillsEmptyFieldsFromWhatTheUserSaid() throws Exception {
		byte[] content = NewDocumentContent.create(registry.byId("template").orElseThrow(),
				Map.of("name", "spring-launch", "sender", "Dana Whitfield", "footer", ""));
		JsonNode template = new ObjectMapper().readTree(content);
		assertEquals("parley.template/1", template.get("schema").asText());
		assertEquals("spring-launch", template.get("name").asText());
		assertEquals("Dana Whitfield", template.get("sender").asText());
		assertEquals("", template.get("footer").asText(), "an empty fill leaves the field empty");
	}

	@Test
	void neverAddsFieldsTheKindDoesNotHave() throws Exception {
		byte[] content = NewDocumentContent.create(registry.byId("audience").orElseThrow(),
				Map.of("name", "CFOs", "sender", "Dana"));
		JsonNode audience = new ObjectMapper().readTree(content);
		assertEquals("CFOs", audience.get("name").asText());
		assertTrue(audience.get("sender") == null, "audiences have no sender");
	}

	@Test
	void nonJsonKindsAreCopiedAsTheyAre() throws Exception {
		byte[] content = NewDocumentContent.create(registry.byId("prospects").orElseThrow(), Map.of("name", "x"));
		assertTrue(new String(content, StandardCharsets.UTF_8).startsWith("firstName,lastName,jobTitle,companyName,industry"));
	}

	@Test
	void everyBuiltInDocumentKindStartsWithItsSchema() throws Exception {
		for (String kind : new String[] { "campaign", "audience", "template", "flow", "budget" }) {
			JsonNode document = new ObjectMapper().readTree(NewDocumentContent.create(registry.byId(kind).orElseThrow(), Map.of()));
			assertEquals("parley." + kind + "/1", document.get("schema").asText(), kind);
		}
	}
}
