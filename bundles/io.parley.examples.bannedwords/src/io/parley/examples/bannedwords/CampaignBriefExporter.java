package io.parley.examples.bannedwords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.export.CampaignExporter;

/** Writes brief.md: the campaign's parts on one page, for the people who approve it. */
public class CampaignBriefExporter implements CampaignExporter {

	@Override
	public void export(Path campaignFile, Path stagingFolder, IProgressMonitor monitor) throws IOException {
		JsonNode campaign = new ObjectMapper().readTree(campaignFile.toFile());
		String brief = "# " + text(campaign, "name") + "\n\n"
				+ "| part | value |\n|---|---|\n"
				+ row("Format", text(campaign, "format"))
				+ row("Audience", text(campaign, "audience"))
				+ row("Content", text(campaign, "content"))
				+ row("Budget", text(campaign, "budget"))
				+ row("Sender", text(campaign, "sender"))
				+ row("Runs", campaign.path("schedule").path("start").asText("?") + " to "
						+ campaign.path("schedule").path("end").asText("?"));
		Files.writeString(stagingFolder.resolve("brief.md"), brief);
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).asText("(not set)");
	}

	private static String row(String part, String value) {
		return "| " + part + " | " + value + " |\n";
	}
}
