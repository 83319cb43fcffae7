package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.export.CampaignExport;
import io.parley.core.export.ExportRefusedException;
import io.parley.core.export.ExporterRegistry;
import io.parley.core.headless.ExportApplication;

class CampaignExportTest {

	@TempDir
	Path dir;

	/** A campaign of the sample workspace; a schema other than parley.campaign/1 makes it an error. */
	private Path campaign(String schema) throws IOException {
		for (String part : new String[] { "marketing-leaders.audience.json", "webinar-invitation.template.json",
				"webinar-q4.budget.json", "marketing-leaders.prospects.csv" }) {
			try (InputStream in = Platform.getBundle("io.parley.samples").getEntry("sample/" + part).openStream()) {
				Files.copy(in, dir.resolve(part), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return Files.writeString(dir.resolve("spring.campaign.json"), """
				{"schema": "%s", "name": "Spring", "format": "MESSAGE_AD", "sender": "Dana Whitfield",
				 "audience": "marketing-leaders.audience.json", "content": "webinar-invitation.template.json",
				 "budget": "webinar-q4.budget.json", "schedule": {"start": "2026-12-01", "end": "2026-12-21"}}
				""".formatted(schema));
	}

	private static CampaignExport export(String exporterId) {
		return new CampaignExport(ExporterRegistry.getDefault().byId(exporterId).orElseThrow());
	}

	@Test
	void contributedExportersAreListed() {
		assertTrue(ExporterRegistry.getDefault().byId("test-summary").isPresent());
		assertEquals("Campaign summary", ExporterRegistry.getDefault().byId("test-summary").orElseThrow().name());
	}

	@Test
	void exportMovesTheFilesIntoTheOutputFolder() throws IOException {
		Path out = dir.resolve("out");
		List<Path> written = export("test-summary").run(campaign("parley.campaign/1"), out, false, new NullProgressMonitor());
		assertEquals(List.of(out.resolve("summary.txt")), written);
		assertEquals("campaign: spring.campaign.json\n", Files.readString(out.resolve("summary.txt")));
		assertEquals(1, count(out), "no staging folder is left behind");
	}

	@Test
	void campaignWithErrorsIsRefusedUnlessForced() throws IOException {
		Path out = dir.resolve("out");
		Path broken = campaign("parley.campaign/0");
		ExportRefusedException refused = assertThrows(ExportRefusedException.class,
				() -> export("test-summary").run(broken, out, false, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
		assertEquals(1, export("test-summary").run(broken, out, true, new NullProgressMonitor()).size());
	}

	@Test
	void aCampaignWhoseContentHasErrorsIsRefusedAndSaysWhichDocument() throws IOException {
		Path campaign = campaign("parley.campaign/1");
		Path template = dir.resolve("webinar-invitation.template.json");
		Files.writeString(template, Files.readString(template).replace("\"format\": \"MESSAGE_AD\"", "\"format\": \"FAX\""));
		ExportRefusedException refused = assertThrows(ExportRefusedException.class,
				() -> export("test-summary").run(campaign, dir.resolve("out"), false, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("webinar-invitation.template.json: Unknown format \"FAX\""), refused.getMessage());
	}

	@Test
	void failedExportLeavesNothingBehind() throws IOException {
		Path out = dir.resolve("out");
		IOException failure = assertThrows(IOException.class,
				() -> export("test-failing").run(campaign("parley.campaign/1"), out, false, new NullProgressMonitor()));
		assertEquals("the disk is full", failure.getMessage());
		assertEquals(0, count(out));
	}

	@Test
	void commandLineExitCodes() throws IOException {
		Path campaign = campaign("parley.campaign/1");
		String out = dir.resolve("cli").toString();
		assertEquals(0, exit("--help"));
		assertEquals(2, exit(campaign.toString(), "--to", "test-summary"), "--out is required");
		assertEquals(2, exit(campaign.toString(), "--to", "no-such", "--out", out));
		assertEquals(2, exit(dir.resolve("missing.campaign.json").toString(), "--to", "test-summary", "--out", out));
		assertEquals(1, exit(campaign.toString(), "--to", "test-failing", "--out", out));
		assertEquals(0, exit(campaign.toString(), "--to", "test-summary", "--out", out));
		assertTrue(Files.exists(Path.of(out, "summary.txt")));
	}

	private static int exit(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
		return ExportApplication.run(args, stream, stream);
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
