package io.parley.model.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.campaign.CampaignParts;
import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

/** A campaign's imported results against its forecast, and its observed rates in a later campaign's forecast. */
class ResultsAgainstForecastTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	@TempDir
	Path dir;

	@BeforeEach
	void webinarThatRanThreeDays() throws IOException {
		Files.writeString(dir.resolve("webinar-q4-performance.csv"), CampaignResultsTest.EXPORT);
		Files.writeString(dir.resolve("webinar-q4.budget.json"), """
				{"schema": "parley.budget/1", "name": "Webinar", "currency": "USD", "total": 5000,
				 "costPerSend": {"low": 0.5, "high": 1.5}, "start": "2026-12-01", "end": "2026-12-21"}""");
		Files.writeString(dir.resolve("webinar-q4.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "Webinar Q4", "format": "MESSAGE_AD", "budget": "webinar-q4.budget.json",
				 "results": "webinar-q4-performance.csv"}""");
	}

	private CampaignParts parts(String campaign) throws IOException {
		Path file = dir.resolve(campaign);
		return CampaignParts.of(file, JSON.readTree(file.toFile()));
	}

	@Test
	void eachFigureIsHeldToTheForecastForTheDaysReportedAndFlaggedOutsideIt() throws IOException {
		CampaignParts webinar = parts("webinar-q4.campaign.json");
		BudgetForecast forecast = webinar.forecast(rules).orElseThrow();
		CampaignResults results = webinar.results().orElseThrow();
		ForecastCheck check = ForecastCheck.of(results, forecast, webinar.rates(rules).rates(), webinar.flightDays(), 5000);
		assertEquals(3.0 / 21, check.share(), 1e-9, "three days reported of a 21-day flight");
		assertEquals(List.of(
				"Sends: 2,602, above the forecast 476-1,429",
				"Opens: 1,138, above the forecast 190-857",
				"Clicks: 53 (forecast 6-60)",
				"Leads: 5 (forecast 0-7)",
				"Spend: 2,191, above the forecast 0-714",
				"Open rate: 44% (forecast 40-60%)",
				"Clicks per send: 2.0% (forecast 1.2-4.2%)",
				"Lead form completion: 9.4% (forecast 8.0-12%)"),
				check.figures().stream().map(ForecastCheck.Figure::describe).toList());
		assertEquals(List.of("Sends", "Opens", "Spend"), check.outside().stream().map(ForecastCheck.Figure::name).toList());
		assertEquals(159, check.sendsPerDay().low(), 1, "a 21-day flight of 3,333-10,000 sends is 159-476 a day");
	}

	@Test
	void aLaterBudgetForecastsWithTheRatesObservedWhenItSaysSoAndNamesTheirSource() throws IOException {
		Files.writeString(dir.resolve("spring.budget.json"), """
				{"schema": "parley.budget/1", "name": "Spring", "currency": "USD", "total": 5000, "rates": "webinar-q4.campaign.json",
				 "costPerSend": {"low": 0.5, "high": 1.5}, "start": "2027-03-01", "end": "2027-03-21"}""");
		Files.writeString(dir.resolve("spring.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "Spring", "format": "MESSAGE_AD", "budget": "spring.budget.json"}""");
		CampaignParts spring = parts("spring.campaign.json");
		ChosenRates rates = spring.rates(rules);
		assertEquals("observed in webinar-q4, 2026-12", rates.source());
		assertEquals(Range.of(1138.0 / 2602), rates.rates().open());
		assertEquals(Range.of(5.0 / 53), rates.rates().leadCompletion());
		assertEquals(rules.benchmark("replyRate/MESSAGE_AD").path("low").asDouble(), rates.rates().reply().low(),
				"a rate the report does not have stays the benchmark's");
		assertEquals(Math.round(3333 * 1138.0 / 2602), Math.round(spring.forecast(rules).orElseThrow().opens().low()));
		assertEquals(ChosenRates.BENCHMARKS, parts("webinar-q4.campaign.json").rates(rules).source());
	}

	@Test
	void aResultsFileOrObservedRatesThatCannotBeReadAreErrorsOnTheirField() throws IOException {
		Files.writeString(dir.resolve("webinar-q4-performance.csv"), "Start Date (in UTC),Clicks\n12/1/2026,3\n");
		List<Diagnostic> campaign = new FileValidator().validate(dir.resolve("webinar-q4.campaign.json"));
		Diagnostic results = campaign.stream().filter(d -> d.ruleId().equals("campaign.results")).findFirst().orElseThrow();
		assertEquals("/results", results.path());
		assertTrue(results.message().startsWith("webinar-q4-performance.csv:1: this report has no Sends column"), results.message());
		Files.writeString(dir.resolve("spring.budget.json"), """
				{"schema": "parley.budget/1", "name": "Spring", "currency": "USD", "total": 5000, "rates": "webinar-q4.campaign.json",
				 "costPerSend": {"low": 0.5, "high": 1.5}, "start": "2027-03-01", "end": "2027-03-21"}""");
		Diagnostic rates = new FileValidator().validate(dir.resolve("spring.budget.json")).stream()
				.filter(d -> d.ruleId().equals("budget.rates")).findFirst().orElseThrow();
		assertTrue(rates.message().startsWith("The forecast is to use the rates observed in webinar-q4.campaign.json, but this"
				+ " report has no Sends column"), rates.message());
	}
}
