package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.parley.core.extensions.InvalidContributionException;
import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.files.DocumentKind;

class DocumentKindRegistryTest {

	private final DocumentKindRegistry registry = DocumentKindRegistry.getDefault();

	@Test
	void builtInKindsComeInExplorerOrder() {
		List<String> ids = registry.kinds().stream().map(DocumentKindDescriptor::id).toList();
		assertEquals(List.of("campaign", "audience", "template", "flow", "budget", "prospects"), ids.subList(0, 6));
	}

	@Test
	void fileNamesMapToTheirKind() {
		assertEquals("flow", registry.forFileName("demo.flow.json").orElseThrow().id());
		assertEquals("prospects", registry.forFileName("leads.prospects.csv").orElseThrow().id());
		assertFalse(registry.forFileName(".flow.json").isPresent(), "a bare suffix has no document name");
		assertFalse(registry.forFileName("readme.txt").isPresent());
	}

	/** The model's kinds reach the studio as contributions, each suffix declared as a plugin declares its kind's. */
	@Test
	void theModelsKindsAreContributedAsAPluginsKindIs() {
		for (DocumentKind kind : DocumentKind.MODEL_KINDS) {
			for (String suffix : kind.suffixes()) {
				DocumentKindDescriptor contributed = registry.forFileName("webinar" + suffix)
						.orElseThrow(() -> new AssertionError("no contribution declares " + suffix));
				assertEquals(suffix, contributed.suffix());
			}
		}
		assertEquals(new DocumentKind("test.note", ".note.json"), registry.byId("test.note").orElseThrow().kind());
	}

	@Test
	void contributedKindIsReadWithItsValidator() throws Exception {
		DocumentKindDescriptor note = registry.forFileName("idea.note.json").orElseThrow();
		assertEquals("Notes", note.groupName());
		Path file = Files.createTempFile("empty", ".note.json");
		try {
			assertEquals("test.note.empty", note.validate(file).get(0).ruleId());
		} finally {
			Files.delete(file);
		}
	}

	@Test
	void contributionWithoutIdIsSkipped() {
		assertTrue(registry.forFileName("x.missing.json").isEmpty());
	}

	@Test
	void missingValidatorClassIsReportedWhenFirstUsed() {
		DocumentKindDescriptor broken = registry.byId("test.broken").orElseThrow();
		InvalidContributionException e = assertThrows(InvalidContributionException.class,
				() -> broken.validate(Path.of("x.broken.json")));
		assertTrue(e.getMessage().contains("io.parley.core.tests.NoSuchValidator"), e.getMessage());
	}

	@Test
	void initialContentComesFromTheContributingBundle() {
		assertTrue(registry.byId("flow").orElseThrow().initialContent().isPresent());
	}
}
