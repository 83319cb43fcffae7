package io.parley.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

class InMailPlanSettingsTest {

	private static final String BUDGET = """
			{"schema": "parley.budget/1", "name": "Recruiting", "currency": "USD", "total": 0 %s}""";

	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	@TempDir
	Path folder;

	@Test
	void leftOutValuesComeFromTheCampaignAndTheRuleSet() throws Exception {
		Path budget = write(BUDGET.formatted(""));
		Files.writeString(folder.resolve("outreach.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "Outreach", "format": "INMAIL", "budget": "recruiting.budget.json",
				 "inMailPlan": "SALES_NAVIGATOR_CORE"}""");
		InMailPlanSettings settings = InMailPlanSettings.of(read(budget), budget, rules);
		assertEquals(new InMailPlanSettings("SALES_NAVIGATOR_CORE", 6, 20, 10), settings, "10% is the rule set's low InMail reply rate");
	}

	@Test
	void savedValuesWin() throws Exception {
		Path budget = withPlan("{\"plan\": \"PREMIUM_CAREER\", \"months\": 3, \"inMailsPerMonth\": 4, \"responseRatePercent\": 25}");
		InMailPlanSettings settings = InMailPlanSettings.of(read(budget), budget, rules);
		assertEquals(new InMailPlanSettings("PREMIUM_CAREER", 3, 4, 25), settings);
		assertEquals(3, settings.simulate(rules).size());
		assertTrue(noPlanDiagnostics(budget), "5 credits a month cover 4 InMails");
	}

	@Test
	void valuesThatCannotBeSimulatedAreErrorsAtTheirFields() throws Exception {
		Path budget = withPlan("{\"plan\": \"GOLD\", \"months\": 0, \"inMailsPerMonth\": -1, \"responseRatePercent\": 120}");
		List<Diagnostic> found = planDiagnostics(budget);
		assertEquals(List.of("/inmailPlan/plan", "/inmailPlan/months", "/inmailPlan/inMailsPerMonth", "/inmailPlan/responseRatePercent"),
				found.stream().map(Diagnostic::path).toList());
		assertTrue(found.stream().allMatch(Diagnostic::isError));
		assertTrue(found.get(0).message().contains("Premium Career, Premium Business"), "names the plans the rule set knows: " + found.get(0).message());
	}

	@Test
	void sendsThePlanCannotCoverAreAWarning() throws Exception {
		Path budget = withPlan("{\"plan\": \"PREMIUM_CAREER\", \"months\": 6, \"inMailsPerMonth\": 20}");
		List<Diagnostic> found = planDiagnostics(budget);
		assertEquals(1, found.size());
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertTrue(found.get(0).message().startsWith("The Premium Career plan runs out of credits: LinkedIn would refuse"), found.get(0).message());
	}

	private boolean noPlanDiagnostics(Path budget) {
		return planDiagnostics(budget).isEmpty();
	}

	private List<Diagnostic> planDiagnostics(Path budget) {
		return new FileValidator(RuleCatalog.builtIn(), rules).validate(budget).stream().filter(d -> d.ruleId().equals("budget.inmail-plan")).toList();
	}

	private Path withPlan(String planJson) throws Exception {
		return write(BUDGET.formatted(", \"inmailPlan\": " + planJson));
	}

	private Path write(String json) throws Exception {
		return Files.writeString(folder.resolve("recruiting.budget.json"), json);
	}

	private static com.fasterxml.jackson.databind.JsonNode read(Path file) throws Exception {
		return new ObjectMapper().readTree(file.toFile());
	}
}
