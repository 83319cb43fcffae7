package io.parley.model.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.files.DocumentReadException;

/** LinkedIn's reports of a campaign that ran, each made here in the shape LinkedIn hands it out. */
class CampaignResultsTest {

	/**
	 * Campaign Manager's performance export of two campaigns, daily, with the Sponsored Messaging
	 * columns: notes above the header, money with thousands separators, a closing Total row.
	 */
	static final String EXPORT = """
			Campaign Performance Report (in UTC)
			Report Start: 12/1/2026
			Report End: 12/3/2026
			Date Generated: 12/4/2026, 9:15 AM

			Start Date (in UTC),Account Name,Campaign Group Name,Campaign Name,Campaign ID,Currency,Total Spent,Sends,Opens,Open Rate,Sponsored Messaging Clicks,Button Clicks,Leads
			12/1/2026,Northwind,Webinars,Webinar Q4,611002,USD,"1,210.40",1412,640,45.33%,31,27,3
			12/1/2026,Northwind,Webinars,Demo requests,611003,USD,300.00,400,150,37.50%,5,5,0
			12/2/2026,Northwind,Webinars,Webinar Q4,611002,USD,980.10,1190,498,41.85%,22,20,2
			12/3/2026,Northwind,Webinars,Webinar Q4,611002,USD,-,0,0,0.00%,0,0,0
			Total,,,,,,"2,490.50",3002,1288,42.90%,58,52,5
			""";

	/** The Marketing API's adAnalytics answer (pivot CAMPAIGN, timeGranularity DAILY), elements out of day order. */
	static final String ANALYTICS = """
			{
			  "paging": {"count": 10, "start": 0, "links": []},
			  "elements": [
			    {"dateRange": {"start": {"year": 2026, "month": 12, "day": 2}, "end": {"year": 2026, "month": 12, "day": 2}},
			     "pivotValues": ["urn:li:sponsoredCampaign:611002"], "sends": 1190, "opens": 498, "actionClicks": 20,
			     "oneClickLeads": 2, "costInLocalCurrency": "980.1", "costInUsd": "980.1", "impressions": 0},
			    {"dateRange": {"start": {"year": 2026, "month": 12, "day": 1}, "end": {"year": 2026, "month": 12, "day": 1}},
			     "pivotValues": ["urn:li:sponsoredCampaign:611002"], "sends": 1412, "opens": 640, "actionClicks": 27,
			     "oneClickLeads": 3, "costInLocalCurrency": "1210.4"}
			  ]
			}
			""";

	@TempDir
	Path dir;

	@Test
	void campaignManagersExportIsReadForTheCampaignOfThatNameDayByDay() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar-q4-performance.csv"), EXPORT);
		CampaignResults results = CampaignResults.read(file, "Webinar Q4", Map.of());
		assertEquals("Campaign Manager's performance export", results.reporter());
		assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)),
				results.days().stream().map(DayFigures::day).toList());
		DayFigures total = results.total();
		assertEquals(List.of(2602L, 1138L, 53L, 5L), List.of(total.sends(), total.opens(), total.clicks(), total.leads()));
		assertEquals(2190.5, total.spend(), 0.001, "\"1,210.40\" is 1210.40 and a dash is nothing spent");
		assertEquals("USD", results.currency());
		assertEquals(Set.of("sends", "opens", "clicks", "leads", "spend"), results.reported());
		assertEquals("2026-12", results.period());
	}

	@Test
	void theAnalyticsResponseIsReadDayByDayInDayOrder() throws IOException {
		Path file = Files.writeString(dir.resolve("webinar-q4-analytics.json"), ANALYTICS);
		CampaignResults results = CampaignResults.read(file, "Webinar Q4", Map.of());
		assertEquals("the Marketing API's adAnalytics response", results.reporter());
		assertEquals(List.of(new DayFigures(LocalDate.of(2026, 12, 1), 1412, 640, 27, 3, 1210.4),
				new DayFigures(LocalDate.of(2026, 12, 2), 1190, 498, 20, 2, 980.1)), results.days());
	}

	@Test
	void aReportThatCannotBeReadSaysWhereAndWhatWasExpected() throws IOException {
		Path noSends = Files.writeString(dir.resolve("a.csv"), "Start Date (in UTC),Campaign Name,Impressions,Clicks\n12/1/2026,X,10,1\n");
		DocumentReadException missing = assertThrows(DocumentReadException.class, () -> CampaignResults.read(noSends, "X", Map.of()));
		assertEquals(1, missing.line());
		assertTrue(missing.problem().startsWith("this report has no Sends column"), missing.problem());
		Path badNumber = Files.writeString(dir.resolve("b.csv"), EXPORT.replace("1190", "11X0"));
		DocumentReadException number = assertThrows(DocumentReadException.class, () -> CampaignResults.read(badNumber, "Webinar Q4", Map.of()));
		assertEquals(9, number.line());
		assertEquals("the Sends of this row, \"11X0\", is not a number", number.problem());
		DocumentReadException other = assertThrows(DocumentReadException.class, () -> CampaignResults.read(
				Files.writeString(dir.resolve("c.csv"), EXPORT), "Spring promo", Map.of()));
		assertTrue(other.problem().startsWith("this report has the campaigns \"Webinar Q4\", \"Demo requests\" and none is named"
				+ " \"Spring promo\""), other.problem());
		Path day = Files.writeString(dir.resolve("d.csv"), EXPORT.replace("12/2/2026", "Dec 2"));
		assertEquals(9, assertThrows(DocumentReadException.class, () -> CampaignResults.read(day, "Webinar Q4", Map.of())).line());
		Path notJson = Files.writeString(dir.resolve("e.json"), "{\"elements\": [\n{\"sends\": }]}");
		DocumentReadException json = assertThrows(DocumentReadException.class, () -> CampaignResults.read(notJson, "X", Map.of()));
		assertEquals(2, json.line());
		Path noElements = Files.writeString(dir.resolve("f.json"), "{\"message\": \"Unauthorized\", \"status\": 401}");
		assertTrue(assertThrows(DocumentReadException.class, () -> CampaignResults.read(noElements, "X", Map.of())).problem()
				.contains("not an adAnalytics response"));
	}
}
