package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.export.CampaignExport;
import io.parley.core.workspace.SampleCampaigns;
import io.parley.core.export.ExporterRegistry;

/** The API export of the sample campaigns has the shapes and field names of rules.md §5. */
class LinkedInApiExportTest {

	@TempDir
	Path dir;

	@BeforeEach
	void copySampleWorkspace() throws IOException {
		SampleCampaigns.copyTo(dir);
	}

	private JsonNode export(String campaign, String file) throws IOException {
		Path out = dir.resolve("out-" + campaign);
		new CampaignExport(ExporterRegistry.getDefault().byId("linkedin-api").orElseThrow())
				.run(dir.resolve(campaign), out, false, new NullProgressMonitor());
		return new ObjectMapper().readTree(out.resolve(file).toFile());
	}

	@Test
	void campaignHasTheApiFields() throws IOException {
		JsonNode campaign = export("webinar-q4.campaign.json", "campaign.json");
		assertEquals("SPONSORED_INMAILS", campaign.path("type").asText());
		assertEquals("CPM", campaign.path("costType").asText());
		assertEquals("1500", campaign.path("unitCost").path("amount").asText(), "$1.50 per send is a $1,500 CPM bid");
		assertEquals("USD", campaign.path("unitCost").path("currencyCode").asText());
		assertEquals("5000", campaign.path("totalBudget").path("amount").asText());
		assertEquals("250", campaign.path("dailyBudget").path("amount").asText());
		assertEquals(1796083200000L, campaign.path("runSchedule").path("start").asLong(), "2026-12-01 UTC");
		assertTrue(campaign.path("runSchedule").path("end").asLong() > campaign.path("runSchedule").path("start").asLong());
		assertEquals("DRAFT", campaign.path("status").asText());
		JsonNode and = campaign.path("targetingCriteria").path("include").path("and");
		assertEquals(4, and.size());
		assertEquals("Marketing", and.get(0).path("or").path("urn:li:adTargetingFacet:jobFunctions").get(0).asText());
		assertTrue(and.get(3).path("or").has("urn:li:adTargetingFacet:staffCountRanges"));
		assertTrue(campaign.path("targetingCriteria").path("exclude").path("or").has("urn:li:adTargetingFacet:employers"));
	}

	@Test
	void messageAdIsInMailContents() throws IOException {
		JsonNode content = export("webinar-q4.campaign.json", "inMailContents.json");
		assertEquals(Set.of("name", "subject", "sender", "htmlBody", "customFooter", "subContent"), fieldNames(content));
		assertTrue(content.path("htmlBody").asText().startsWith("Hi %FIRSTNAME%,<br><br>I noticed"));
		JsonNode regular = content.path("subContent").path("regular");
		assertEquals("Save My Spot", regular.path("callToActionText").asText());
		assertTrue(regular.path("callToActionLandingPageUrl").asText().startsWith("https://"));
	}

	@Test
	void conversationNodesComeLeavesFirst() throws IOException {
		JsonNode nodes = export("demo-requests.campaign.json", "sponsoredMessageContents.json");
		assertEquals(5, nodes.size());
		Set<String> created = new HashSet<>();
		for (JsonNode node : nodes) {
			for (JsonNode option : node.path("content").path("nextAction").path("options")) {
				assertTrue(Set.of("SIMPLE_REPLY", "EXTERNAL_WEBSITE", "LEAD_GENERATION_THANK_YOU")
						.contains(option.path("replyType").asText()));
				assertFalse(option.path("optionText").asText().isEmpty());
				if (option.has("nextContent")) {
					assertTrue(created.contains(option.path("nextContent").asText()),
							node.path("id") + " names " + option.path("nextContent") + " before it is created");
				}
			}
			assertFalse(node.path("content").path("bodySource").path("text").asText().isEmpty());
			created.add(node.path("id").asText());
		}
		assertEquals("node:opening", nodes.get(nodes.size() - 1).path("id").asText(), "the opening message is created last");
	}

	@Test
	void manifestListsTheCreationOrder() throws IOException {
		JsonNode manifest = export("demo-requests.campaign.json", "manifest.json");
		List<String> steps = new ArrayList<>();
		manifest.path("steps").forEach(step -> steps.add(step.path("create").asText() + ":" + step.path("node").asText("")));
		assertEquals("campaign:", steps.get(0));
		assertEquals("sponsoredMessageContent:node:opening", steps.get(steps.size() - 1));
	}

	private static Set<String> fieldNames(JsonNode node) {
		Set<String> names = new HashSet<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
