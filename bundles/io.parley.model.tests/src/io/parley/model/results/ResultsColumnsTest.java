package io.parley.model.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentReadException;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * Which column of a report each figure is read from: Campaign Manager's own names are read as they
 * are; a name that only looks like one (another tool's, or one with more after it) is read and said
 * to be so, for the person to confirm; and the columns the person chose, kept in the campaign, are
 * read as chosen.
 */
class ResultsColumnsTest {

	/** A report kept by hand or by another tool: its own names for the columns, the sends in the wrong-looking one. */
	private static final String OTHER_TOOL = """
			Date,Campaign,Sent,Delivered,Opens,Clicks,Total Spent (USD)
			2026-12-01,Webinar Q4,320,301,104,6,248.20
			2026-12-02,Webinar Q4,300,288,105,7,244.90
			""";

	@TempDir
	Path dir;

	private static List<String> described(CampaignResults results) {
		return results.columns().stream().map(c -> c.label() + " <- " + c.column() + " " + c.found()).toList();
	}

	@Test
	void campaignManagersOwnNamesAreReadAsTheyAre() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar.results.csv"), CampaignResultsTest.EXPORT);
		CampaignResults results = CampaignResults.read(file, "Webinar Q4", Map.of());
		assertEquals(List.of("Day <- Start Date (in UTC) AS_LINKEDIN_NAMES_IT", "Campaign <- Campaign Name AS_LINKEDIN_NAMES_IT",
				"Sends <- Sends AS_LINKEDIN_NAMES_IT", "Opens <- Opens AS_LINKEDIN_NAMES_IT",
				"Clicks <- Sponsored Messaging Clicks AS_LINKEDIN_NAMES_IT", "Leads <- Leads AS_LINKEDIN_NAMES_IT",
				"Spend <- Total Spent AS_LINKEDIN_NAMES_IT", "Currency <- Currency AS_LINKEDIN_NAMES_IT"), described(results));
		assertFalse(results.hasSimilarNames());
	}

	@Test
	void columnsReadBySimilarNamesSaySo() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar.results.csv"), OTHER_TOOL);
		CampaignResults results = CampaignResults.read(file, "Webinar Q4", Map.of());
		assertEquals(List.of("Day <- Date BY_A_SIMILAR_NAME", "Campaign <- Campaign BY_A_SIMILAR_NAME", "Sends <- Sent BY_A_SIMILAR_NAME",
				"Opens <- Opens AS_LINKEDIN_NAMES_IT", "Clicks <- Clicks BY_A_SIMILAR_NAME",
				"Spend <- Total Spent (USD) BY_A_SIMILAR_NAME"), described(results));
		assertTrue(results.hasSimilarNames());
		assertEquals("the report in webinar.results.csv", results.reporter(), "not said to be Campaign Manager's");
		assertEquals(620, results.total().sends(), "read from Sent, as guessed");
		assertEquals(List.of("Date", "Campaign", "Sent", "Delivered", "Opens", "Clicks", "Total Spent (USD)"), results.header());
	}

	@Test
	void theColumnsThePersonChoseAreReadAndAChosenNothingIsNotReported() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar.results.csv"), OTHER_TOOL);
		CampaignResults results = CampaignResults.read(file, "Webinar Q4", Map.of("sends", "Delivered", "clicks", ""));
		assertEquals(589, results.total().sends(), "read from Delivered, as chosen");
		assertFalse(results.reports("clicks"), "the person said the report has no clicks");
		assertTrue(described(results).contains("Sends <- Delivered AS_CHOSEN"), described(results).toString());
		assertTrue(described(results).contains("Day <- Date BY_A_SIMILAR_NAME"), "the others are still guessed");
	}

	@Test
	void aReportIsFoundByTheColumnsThePersonChoseWhenItHasNoNameParleyKnows() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar.results.csv"), "Exported by hand\n\nDay of send,Delivered\n2026-12-01,301\n");
		CampaignResults results = CampaignResults.read(file, "Webinar Q4", Map.of("day", "Day of send", "sends", "Delivered"));
		assertEquals(301, results.total().sends());
		assertEquals(List.of("Day of send", "Delivered"), CampaignResults.header(file, Map.of("day", "Day of send")));
	}

	@Test
	void aChosenColumnTheReportLacksIsAnErrorOnTheCampaignsResultsThatSaysWhereToChoose() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar.results.csv"), OTHER_TOOL);
		DocumentReadException missing = assertThrows(DocumentReadException.class,
				() -> CampaignResults.read(file, "Webinar Q4", Map.of("sends", "Messages Delivered")));
		assertEquals(1, missing.line());
		assertEquals("the campaign reads Sends from the column \"Messages Delivered\", which this report does not have; choose its"
				+ " column on the campaign's Results page", missing.problem());
		Path campaign = Files.writeString(dir.resolve("webinar.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "Webinar Q4", "format": "MESSAGE_AD", "results": "webinar.results.csv",
				 "resultsColumns": {"sends": "Messages Delivered"}}""");
		Diagnostic error = new FileValidator().validate(campaign).stream().filter(d -> d.ruleId().equals("campaign.results"))
				.findFirst().orElseThrow();
		assertEquals("/results", error.path());
		assertTrue(error.message().startsWith("webinar.results.csv:1: the campaign reads Sends from the column"), error.message());
	}

	@Test
	void theCampaignKeepsTheChosenColumnsOfItsReport() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar.results.csv"), OTHER_TOOL);
		CampaignResults results = CampaignResults.of(file, new ObjectMapper().readTree("""
				{"name": "Webinar Q4", "resultsColumns": {"sends": "Delivered", "notAFigure": "Sent", "opens": 3}}"""), "");
		assertEquals(589, results.total().sends());
		assertEquals(Map.of("sends", "Delivered"), CampaignResults.chosenColumns(new ObjectMapper().readTree("""
				{"resultsColumns": {"sends": "Delivered", "notAFigure": "Sent", "opens": 3}}""")), "only figures' names are kept");
	}
}
