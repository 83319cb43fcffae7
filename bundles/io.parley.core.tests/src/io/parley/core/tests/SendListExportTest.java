package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.export.CampaignExport;
import io.parley.core.workspace.SampleCampaigns;
import io.parley.core.export.ExporterRegistry;

class SendListExportTest {

	@TempDir
	Path dir;

	@BeforeEach
	void copySampleWorkspace() throws IOException {
		SampleCampaigns.copyTo(dir);
	}

	private CampaignExport csv() {
		return new CampaignExport(ExporterRegistry.getDefault().byId("csv").orElseThrow());
	}

	@Test
	void oneRenderedRowPerProspectWithItsDate() throws IOException {
		csv().run(dir.resolve("cmo-outreach.campaign.json"), dir.resolve("out"), false, new NullProgressMonitor());
		String sends = Files.readString(dir.resolve("out/sends.csv"));
		assertTrue(sends.startsWith("recipient,subject,body,scheduled\n"), sends);
		assertTrue(sends.contains("\"Sarah Johnson\",\"Sarah, your take on paid social at Acme Corp?\",\"Hi Sarah,"), sends);
		assertEquals(5, sends.split(",2026-12-0").length - 1, "Premium Career's 5 credits cover the 5 sample prospects");
	}

	@Test
	void aCanceledExportWritesNothing() throws IOException {
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> csv().run(dir.resolve("cmo-outreach.campaign.json"), dir.resolve("out"), false, canceled));
		try (Stream<Path> left = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), left.toList(), "no send list, no staging folder");
		}
	}

	@Test
	void sponsoredCampaignsAreNotSentByHand() {
		IOException refused = assertThrows(IOException.class,
				() -> csv().run(dir.resolve("webinar-q4.campaign.json"), dir.resolve("out"), false, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("export them as linkedin-api"), refused.getMessage());
	}
}
