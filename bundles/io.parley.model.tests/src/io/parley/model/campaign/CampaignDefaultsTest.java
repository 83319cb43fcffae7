package io.parley.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new campaign takes its parts from the documents beside it. */
class CampaignDefaultsTest {

	private static final Path SAMPLES = Path.of("../io.parley.samples/sample");

	@Test
	void theFirstPartOfEachKindWithItsContentsFormatAndSender() {
		assertEquals(Map.of("audience", "marketing-leaders.audience.json", "content", "cmo-outreach.template.json", "format", "INMAIL",
				"budget", "demo-requests.budget.json", "sender", "Dana Whitfield"), CampaignDefaults.of(SAMPLES));
	}

	@Test
	void anEmptyFolderGivesNothing(@TempDir Path empty) {
		assertEquals(Map.of(), CampaignDefaults.of(empty));
	}
}
