package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.model.rules.Severity;
import io.parley.model.validation.RuleCatalog;
import io.parley.scripting.ScriptResult;

/** The example scripts of scripts/examples run headless in the sample workspace and write what they promise. */
class ExampleScriptsTest {

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	private ScriptResult runExample(String name, String... args) throws IOException {
		ScriptResult result = workspace.run(Files.readString(SampleWorkspace.scripts().resolve("examples").resolve(name)), args);
		assertTrue(result.succeeded(), result.message());
		return result;
	}

	@Test
	void webinarInvitationsWriteSixCampaignsThatPassTheRules() throws IOException {
		runExample("webinar-invitations.js");
		assertTrue(workspace.out().endsWith("6 campaigns written\n"), workspace.out());
		for (String segment : new String[] { "cmo", "vp", "director" }) {
			assertTrue(Files.exists(folder.resolve("webinar-" + segment + ".audience.json")));
			for (String subject : new String[] { "a", "b" }) {
				Path campaign = folder.resolve("webinar-" + segment + "-" + subject + ".campaign.json");
				assertEquals(0, errorsIn(campaign), campaign.toString());
				assertTrue(Files.exists(folder.resolve("webinar-" + segment + "-" + subject + ".budget.json")));
			}
		}
	}

	@Test
	void theQualificationFlowBecomesAConversationAd() throws IOException {
		runExample("qualification-flow.js");
		JsonNode flow = new ObjectMapper().readTree(folder.resolve("qualification.flow.json").toFile());
		assertEquals("size", flow.path("start").asText());
		assertEquals(4, flow.path("messages").size());
		assertEquals(0, errorsIn(folder.resolve("qualification.flow.json")));
	}

	@Test
	void personalizedInMailsGetACreditPlanAndASendCalendar() throws IOException {
		runExample("inmail-batch.js");
		String csv = Files.readString(folder.resolve("inmail-batch.csv"));
		assertTrue(csv.startsWith("recipient,subject,body,scheduled\n\"Sarah Johnson\",\"Sarah, your take on paid social at Acme Corp?\""), csv);
		assertEquals(5, csv.split(",\"?2026-12-0").length - 1, "each of the five sample prospects is scheduled in the first week");
		assertTrue(workspace.err().contains("month 1:"), workspace.err());
	}

	private static long errorsIn(Path file) {
		return new FileValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet()).validate(file).stream().map(Diagnostic::severity)
				.filter(Severity.ERROR::equals).count();
	}
}
