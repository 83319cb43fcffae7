package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.files.DocumentReadException;
import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.BudgetUse;
import io.parley.model.forecast.FrequencyCap;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.InMailPlanSettings;
import io.parley.model.forecast.Range;
import io.parley.model.results.ChosenRates;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;

/**
 * Checks of a budget against what it buys: each scenario needs a name and a total, a daily budget
 * must let the flight spend the total, money that buys more sends than the campaign's audience
 * can receive under the frequency cap is wasted, and a saved InMail plan must have the credits for
 * its sends.
 */
final class BudgetChecks {

	private BudgetChecks() {
	}

	static List<Diagnostic> validate(JsonNode budget, Path file, RuleSet rules) {
		List<Diagnostic> found = new ArrayList<>();
		scenarios(budget, found);
		dailyCap(budget, rules, found);
		Optional<BudgetUse> use = BudgetUse.find(file);
		inMailPlan(budget, file, rules, found);
		observedRates(budget, file).ifPresent(found::add);
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

	/** A budget that forecasts with a campaign's observed rates needs that campaign's results to read and to show sends. */
	private static Optional<Diagnostic> observedRates(JsonNode budget, Path file) {
		String campaign = budget.path("rates").asText("");
		if (campaign.isEmpty()) {
			return Optional.empty();
		}
		try {
			return ChosenRates.observed(file.toAbsolutePath().resolveSibling(campaign)).isPresent() ? Optional.empty()
					: Optional.of(Diagnostic.atField("budget.rates", Severity.WARNING, "The results of " + campaign
							+ " report no sends yet; the forecast uses the rule set's benchmarks", "/rates"));
		} catch (IOException | RuntimeException e) {
			return Optional.of(Diagnostic.atField("budget.rates", Severity.ERROR, "The forecast is to use the rates observed in "
					+ campaign + ", but " + (e instanceof DocumentReadException read ? read.problem() : e.getMessage())
					+ "; the forecast uses the rule set's benchmarks", "/rates"));
		}
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

	/** A daily budget times the flight's days below the total leaves money unspent. */
	private static void dailyCap(JsonNode budget, RuleSet rules, List<Diagnostic> found) {
		double daily = budget.path("daily").asDouble(0);
		Optional<Long> days = new BudgetPlan(budget, rules).flightDays();
		double total = budget.path("total").asDouble(0);
		if (daily > 0 && days.isPresent() && daily * days.get() < total) {
			found.add(Diagnostic.atField("budget.daily", Severity.WARNING, String.format(Locale.ROOT,
					"At %,.2f a day the %d-day flight spends at most %,.2f of the %,.2f total", daily, days.get(),
					daily * days.get(), total), "/daily"));
		}
	}

	/** A saved InMail plan must be one that can be simulated, and is flagged when LinkedIn would refuse some of its sends. */
	private static void inMailPlan(JsonNode budget, Path file, RuleSet rules, List<Diagnostic> found) {
		if (!budget.has("inmailPlan")) {
			return;
		}
		InMailPlanSettings settings = InMailPlanSettings.of(budget, file, rules);
		Map<String, String> problems = settings.problems(rules);
		problems.forEach((pointer, message) -> found.add(Diagnostic.atField("budget.inmail-plan", Severity.ERROR, message, pointer)));
		if (problems.isEmpty()) {
			List<InMailCreditLedger.Month> refused = settings.simulate(rules).stream().filter(m -> m.refused() > 0).toList();
			if (!refused.isEmpty()) {
				found.add(Diagnostic.atField("budget.inmail-plan", Severity.WARNING, String.format(Locale.ROOT,
						"The %s plan runs out of credits: LinkedIn would refuse %,d InMails, in month %s",
						InMailCreditLedger.label(rules, settings.plan()),
						refused.stream().mapToInt(InMailCreditLedger.Month::refused).sum(),
						refused.stream().map(m -> String.valueOf(m.month())).collect(Collectors.joining(", "))),
						InMailPlanSettings.IN_MAILS_PER_MONTH));
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
