package io.parley.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

class BudgetPlanTest {

	private static final String BUDGET = """
			{"schema": "parley.budget/1", "name": "Test", "currency": "USD", "total": %s,
			 "costPerSend": {"low": 0.5, "high": 1.5}, "start": "2026-12-01", "end": "2026-12-21",
			 "scenarios": [{"name": "5,000 test sends", "total": 2500}, {"name": "Full launch", "total": 60000}]}""";

	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	@TempDir
	Path folder;

	@Test
	void scenariosFollowTheBudgetItself() throws Exception {
		BudgetPlan plan = new BudgetPlan(json(BUDGET.formatted(5000)), rules);
		List<BudgetPlan.Scenario> scenarios = plan.scenarios();
		assertEquals(List.of("This budget", "5,000 test sends", "Full launch"), scenarios.stream().map(BudgetPlan.Scenario::name).toList());
		assertEquals(21L, plan.flightDays().orElseThrow());
		BudgetForecast test = plan.forecast(2500, MessageFormat.MESSAGE_AD, 0).orElseThrow();
		assertEquals(new Range(2500 / 1.5, 5000), test.sends());
		assertFalse(test.cappedByAudience());
	}

	@Test
	void anIncompleteBudgetHasNoForecast() throws Exception {
		BudgetPlan plan = new BudgetPlan(json("{\"total\": 100, \"start\": \"\", \"end\": \"\"}"), rules);
		assertTrue(plan.forecast(100, MessageFormat.MESSAGE_AD, 1000).isEmpty());
	}

	@Test
	void defaultCostPerSendComesFromTheRuleSetByFormat() {
		assertEquals(new Range(0.75, 1.5), BudgetPlan.defaultCostPerSend(rules, MessageFormat.CONVERSATION_AD));
		assertEquals(Range.of(0), BudgetPlan.defaultCostPerSend(rules, MessageFormat.INMAIL));
	}

	@Test
	void theCampaignBesideTheBudgetGivesFormatAndAudience() throws Exception {
		writeWorkspace(5000);
		BudgetUse use = BudgetUse.find(folder.resolve("q4.budget.json")).orElseThrow();
		assertEquals(MessageFormat.MESSAGE_AD, use.format(), "a sponsored campaign wins over an InMail one");
		assertEquals(10_000, use.audienceSize());
		assertEquals("small.audience.json", use.audience());
	}

	@Test
	void moneyBeyondWhatTheAudienceCanReceiveIsAWarning() throws Exception {
		writeWorkspace(60000);
		List<Diagnostic> found = new FileValidator(RuleCatalog.builtIn(), rules).validate(folder.resolve("q4.budget.json"));
		List<Diagnostic> capped = found.stream().filter(d -> d.ruleId().equals("budget.audience-cap")).toList();
		assertEquals(List.of("/total", "/scenarios/1/total"), capped.stream().map(Diagnostic::path).toList(), found.toString());
		assertTrue(capped.get(0).message().contains("small.audience.json (10,000 members) can receive at most 8,000"),
				capped.get(0).message());
	}

	@Test
	void scenariosNeedANameAndATotal() throws Exception {
		Files.writeString(folder.resolve("x.budget.json"), BUDGET.formatted(100).replace("\"Full launch\", \"total\": 60000",
				"\"\", \"total\": 0"));
		List<String> paths = new FileValidator(RuleCatalog.builtIn(), rules).validate(folder.resolve("x.budget.json")).stream().map(Diagnostic::path).toList();
		assertTrue(paths.containsAll(List.of("/scenarios/1/name", "/scenarios/1/total")), paths.toString());
	}

	@Test
	void aDailyBudgetThatCannotSpendTheTotalIsAWarning() throws Exception {
		Files.writeString(folder.resolve("d.budget.json"), BUDGET.formatted(5000).replace("\"currency\"", "\"daily\": 200, \"currency\""));
		List<Diagnostic> daily = new FileValidator(RuleCatalog.builtIn(), rules).validate(folder.resolve("d.budget.json")).stream()
				.filter(d -> d.ruleId().equals("budget.daily")).toList();
		assertEquals(1, daily.size());
		assertEquals("At 200.00 a day the 21-day flight spends at most 4,200.00 of the 5,000.00 total", daily.get(0).message());
		Files.writeString(folder.resolve("d.budget.json"), BUDGET.formatted(5000).replace("\"currency\"", "\"daily\": 250, \"currency\""));
		assertTrue(new FileValidator(RuleCatalog.builtIn(), rules).validate(folder.resolve("d.budget.json")).stream().noneMatch(d -> d.ruleId().equals("budget.daily")));
	}

	private void writeWorkspace(int total) throws Exception {
		Files.writeString(folder.resolve("q4.budget.json"), BUDGET.formatted(total));
		Files.writeString(folder.resolve("small.audience.json"),
				"{\"schema\": \"parley.audience/1\", \"name\": \"Small\", \"include\": [], \"exclude\": {}, \"estimatedSize\": 10000}");
		Files.writeString(folder.resolve("a-inmail.campaign.json"), campaign("INMAIL"));
		Files.writeString(folder.resolve("b-ads.campaign.json"), campaign("MESSAGE_AD"));
	}

	private static String campaign(String format) {
		return "{\"schema\": \"parley.campaign/1\", \"name\": \"x\", \"format\": \"" + format
				+ "\", \"audience\": \"small.audience.json\", \"content\": \"x.template.json\", \"budget\": \"q4.budget.json\"}";
	}

	private static JsonNode json(String text) throws Exception {
		return new ObjectMapper().readTree(text);
	}
}
