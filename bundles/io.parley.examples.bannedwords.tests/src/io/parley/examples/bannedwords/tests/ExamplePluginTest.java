package io.parley.examples.bannedwords.tests;

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

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.export.CampaignExport;
import io.parley.core.workspace.SampleCampaigns;
import io.parley.core.export.ExporterRegistry;
import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.workspace.ModelDocumentValidator;
import io.parley.model.files.DocumentKind;
import io.parley.core.rules.RuleRegistry;
import io.parley.scripting.ScriptHost;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;
import io.parley.model.validation.Diagnostic;

/** The example plugin, installed in a test runtime, works through the public extension points alone. */
class ExamplePluginTest {

	@TempDir
	Path dir;

	@Test
	void itsDocumentKindIsCheckedOnItsOwnTerms() throws IOException {
		DocumentKindDescriptor kind = DocumentKindRegistry.getDefault().forFileName("legal.banned-words.txt").orElseThrow();
		assertEquals("Banned words", kind.groupName());
		assertEquals(new DocumentKind("example.bannedWords", ".banned-words.txt"), kind.kind(), "a kind like the model's own");
		Path list = Files.writeString(dir.resolve("legal.banned-words.txt"), "# legal\nguarantee\nfree\nGuarantee\n");
		List<Diagnostic> found = kind.validate(list);
		assertEquals(1, found.size());
		assertEquals(4, found.get(0).line());
		assertEquals("\"guarantee\" is listed twice", found.get(0).message());
	}

	@Test
	void itsExporterWritesABriefOfTheSampleCampaign() throws IOException {
		Path campaign = copySample("webinar-q4.campaign.json");
		Path out = dir.resolve("out");
		List<Path> written = new CampaignExport(ExporterRegistry.getDefault().byId("example-brief").orElseThrow())
				.run(campaign, out, false, new NullProgressMonitor());
		assertEquals(List.of(out.resolve("brief.md")), written);
		String brief = Files.readString(out.resolve("brief.md"));
		assertTrue(brief.startsWith("# Webinar Q4: pipeline from paid social"), brief);
		assertTrue(brief.contains("| Audience | marketing-leaders.audience.json |"), brief);
	}

	@Test
	void itsRuleJoinsEveryRuleSetAndFindsBannedWords() throws IOException {
		Path template = copySample("webinar-invitation.template.json");
		Files.writeString(template, Files.readString(template).replace("Just takes 45 minutes.", "Seats guaranteed, risk-free."));
		List<Diagnostic> found = new ModelDocumentValidator().validate(template);
		assertTrue(RuleRegistry.getDefault().catalog().ruleSets().stream().allMatch(set -> set.rule("example.banned-words").isPresent()));
		List<String> messages = found.stream().filter(d -> d.ruleId().equals("example.banned-words")).map(Diagnostic::message).toList();
		assertEquals(List.of("Body uses \"guarantee\", which legal does not allow", "Body uses \"risk-free\", which legal does not allow"),
				messages);
	}

	@Test
	void itsScriptModuleIsRequiredByName() throws IOException {
		Path script = Files.writeString(dir.resolve("check.js"), "console.log(require('banned-words').find('A risk-free guarantee'))");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		ScriptResult result = new ScriptHost().run(new ScriptRun(script, dir, List.of(), Duration.ofSeconds(30), stream, stream));
		assertTrue(result.succeeded(), result.message());
		assertEquals("guarantee,risk-free\n", out.toString(StandardCharsets.UTF_8));
	}

	/** Copies the whole sample workspace, so the campaign's audience, content and budget are there too. */
	private Path copySample(String name) throws IOException {
		SampleCampaigns.copyTo(dir);
		return dir.resolve(name);
	}
}
