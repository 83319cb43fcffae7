package io.parley.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.BudgetUse;
import io.parley.model.forecast.FrequencyCap;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;

/**
 * Checks of a budget against what it buys: each scenario needs a name and a total, and money that
 * buys more sends than the campaign's audience can receive under the frequency cap is wasted.
 */
final class BudgetChecks {

	private BudgetChecks() {
	}

	static List<Diagnostic> validate(JsonNode budget, Path file, RuleSet rules) {
		List<Diagnostic> found = new ArrayList<>();
		scenarios(budget, found);
		Optional<BudgetUse> use = BudgetUse.find(file);
		if (use.isPresent() && use.get().audienceSize() > 0) {
			BudgetPlan plan = new BudgetPlan(budget, rules);
			List<BudgetPlan.Scenario> scenarios = plan.scenarios();
			for (int i = 0; i < scenarios.size(); i++) {
				String pointer = i == 0 ? "/total" : "/scenarios/" + (i - 1) + "/total";
				overspend(plan, scenarios.get(i), use.get(), rules, pointer).ifPresent(found::add);
			}
		}
		return found;
	}

	private static void scenarios(JsonNode budget, List<Diagnostic> found) {
		JsonNode scenarios = budget.path("scenarios");
		for (int i = 0; i < scenarios.size(); i++) {
			if (scenarios.get(i).path("name").asText("").isBlank()) {
				found.add(Diagnostic.atField("budget.scenario", Severity.ERROR, "Scenario " + (i + 1) + " needs a name",
						"/scenarios/" + i + "/name"));
			}
			if (scenarios.get(i).path("total").asDouble(0) <= 0) {
				found.add(Diagnostic.atField("budget.scenario", Severity.ERROR, "Scenario " + (i + 1) + " needs a total above zero",
						"/scenarios/" + i + "/total"));
			}
		}
	}

	private static Optional<Diagnostic> overspend(BudgetPlan plan, BudgetPlan.Scenario scenario, BudgetUse use, RuleSet rules,
			String pointer) {
		Optional<BudgetForecast> forecast = plan.forecast(scenario.total(), use.format(), use.audienceSize());
		if (forecast.isEmpty() || !forecast.get().cappedByAudience()) {
			return Optional.empty();
		}
		FrequencyCap cap = new FrequencyCap(rules);
		Range reachable = cap.maxSends(use.audienceSize(), plan.flightDays().orElse(1L));
		double affordable = scenario.total() / plan.costPerSend().orElseThrow().low();
		return Optional.of(Diagnostic.atField("budget.audience-cap", Severity.WARNING, String.format(Locale.ROOT,
				"%s buys up to %,.0f sends, but %s (%,d members) can receive at most %,.0f in this flight: one sponsored"
						+ " message per member every %d days, and only part of an audience is reachable",
				scenario.name(), affordable, use.audience(), use.audienceSize(), reachable.high(), cap.windowDays()), pointer));
	}
}
