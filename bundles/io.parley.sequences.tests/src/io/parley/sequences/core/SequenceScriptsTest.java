package io.parley.sequences.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.headless.CommandApplication;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.core.workspace.SampleCampaigns;
import io.parley.model.validation.Diagnostic;
import io.parley.scripting.ScriptHost;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;

/** Scripts build sequences with parley.sequence and plan them with parley.plan, with the figures parley plan prints. */
class SequenceScriptsTest {

	@TempDir
	Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void copySamples() throws IOException {
		SampleCampaigns.copyTo(folder);
	}

	private ScriptResult run(String source, String... args) throws IOException {
		Path script = Files.writeString(folder.resolve("script.js"), source);
		return new ScriptHost().run(new ScriptRun(script, folder, List.of(args), Duration.ofSeconds(60),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
	}

	@Test
	void theSampleSequenceHasNoProblem() {
		Path sample = folder.resolve("cmo-follow-up.sequence.json");
		List<Diagnostic> found = DocumentKindRegistry.getDefault().forFileName(sample.getFileName().toString()).orElseThrow()
				.validate(sample, ActiveRuleSet.get());
		assertEquals(List.of(), found);
	}

	@Test
	void theExampleBuildsASequenceForEachIndustryAndPlansItAsParleyPlanDoes() throws IOException {
		ScriptResult result = run(Files.readString(Path.of("../../scripts/examples/sequence-per-segment.js")));
		assertTrue(result.succeeded(), result.message() + err.toString(StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("computer-software-outreach.sequence.json: "), printed);
		Path saved = folder.resolve("computer-software-outreach.sequence.json");
		assertTrue(Files.exists(saved) && Files.exists(folder.resolve("computer-software-outreach.prospects.csv")));
		List<Diagnostic> found = DocumentKindRegistry.getDefault().forFileName(saved.getFileName().toString()).orElseThrow()
				.validate(saved, ActiveRuleSet.get());
		assertTrue(found.stream().noneMatch(Diagnostic::isError), found.toString());

		ByteArrayOutputStream plan = new ByteArrayOutputStream();
		assertEquals(0, CommandApplication.run(new String[] { "plan", saved.toString(), "--format", "json" },
				new PrintStream(plan, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString());
		JsonNode printedPlan = new ObjectMapper().readTree(plan.toString(StandardCharsets.UTF_8));
		StringBuilder steps = new StringBuilder();
		printedPlan.path("steps").forEach(s -> steps.append(steps.isEmpty() ? "" : ", ").append(s.path("id").asText()).append(' ')
				.append(s.at("/people/low").asText()).append('-').append(s.at("/people/high").asText()));
		String line = "computer-software-outreach.sequence.json: " + printedPlan.path("people").asText() + " people, " + steps + ", "
				+ printedPlan.path("start").asText() + " to " + printedPlan.path("end").asText();
		assertTrue(printed.contains(line + "\n"), printed + " does not say " + line);
	}

	@Test
	void aScriptsPlanKeepsToItsWorkspacesOwnLimitsAsParleyPlanDoes() throws IOException {
		Files.writeString(folder.resolve("parley.rules.json"), "{\"caps\": {\"weeklyInvitations\": 2}}");
		ScriptResult result = run("""
				const sequence = parley.load('cmo-follow-up.sequence.json');
				const people = [...parley.prospects(sequence.prospects)].map(row => row.fields);
				console.log(JSON.stringify(parley.plan({sequence, people}).days));
				""");
		assertTrue(result.succeeded(), result.message() + err.toString(StandardCharsets.UTF_8));
		JsonNode scriptDays = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));

		ByteArrayOutputStream plan = new ByteArrayOutputStream();
		assertEquals(0, CommandApplication.run(new String[] { "plan", folder.resolve("cmo-follow-up.sequence.json").toString(), "--format", "json" },
				new PrintStream(plan, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString());
		JsonNode printedDays = new ObjectMapper().readTree(plan.toString(StandardCharsets.UTF_8)).path("days");
		assertEquals(printedDays, scriptDays);
		int invitationsFirstWeek = 0;
		for (JsonNode day : scriptDays) {
			invitationsFirstWeek += day.path("date").asText().compareTo("2027-01-10") <= 0 ? day.at("/touches/invite").asInt() : 0;
		}
		assertEquals(2, invitationsFirstWeek, "two invitations in the sequence's first week, as the workspace allows: " + scriptDays);
	}

	@Test
	void aStepTheSequenceCannotReadStopsTheScriptInWords() throws IOException {
		ScriptResult result = run("parley.sequence({steps: [{id: 'a', touch: 'FAX'}]});");
		assertTrue(!result.succeeded());
		assertTrue(result.message().contains("unknown touch \"FAX\""), result.message());
	}
}
