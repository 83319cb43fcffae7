package io.parley.model.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;

/**
 * A budget document read for forecasting: its flight, cost per send and scenarios, forecast for the
 * format and audience of the campaign that uses it. Scenarios ({@code "scenarios": [{"name",
 * "total"}]}) are other totals over the same flight and cost, e.g. a 5,000-send test beside the full
 * launch, so they can be compared side by side.
 */
public final class BudgetPlan {

	/** A total to forecast; the first scenario of a plan is the budget itself. */
	public record Scenario(String name, double total) {
	}

	private final JsonNode budget;
	private final RuleSet rules;

	public BudgetPlan(JsonNode budget, RuleSet rules) {
		this.budget = budget;
		this.rules = rules;
	}

	/** The rule set's cost per send for a format; zero where LinkedIn charges none (InMail, messages). */
	public static Range defaultCostPerSend(RuleSet rules, MessageFormat format) {
		return FunnelRates.range(rules.benchmark("costPerSend/" + format.name()));
	}

	public List<Scenario> scenarios() {
		List<Scenario> scenarios = new ArrayList<>();
		scenarios.add(new Scenario("This budget", budget.path("total").asDouble(0)));
		budget.path("scenarios").forEach(s -> scenarios.add(new Scenario(s.path("name").asText(""), s.path("total").asDouble(0))));
		return scenarios;
	}

	/** Days of the flight, both ends included; empty while a date is missing or the end comes first. */
	public Optional<Long> flightDays() {
		try {
			LocalDate start = LocalDate.parse(budget.path("start").asText(""));
			LocalDate end = LocalDate.parse(budget.path("end").asText(""));
			return end.isBefore(start) ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(start, end) + 1);
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	public Optional<Range> costPerSend() {
		double low = budget.path("costPerSend").path("low").asDouble(0);
		double high = budget.path("costPerSend").path("high").asDouble(0);
		return low > 0 && high >= low ? Optional.of(new Range(low, high)) : Optional.empty();
	}

	/**
	 * What {@code total} buys for a campaign of {@code format} to an audience of {@code audienceSize}
	 * (0 when unknown: then only the money limits the sends); empty while the budget is incomplete.
	 */
	public Optional<BudgetForecast> forecast(double total, MessageFormat format, long audienceSize) {
		return forecast(total, format, audienceSize, FunnelRates.of(rules, format));
	}

	/** {@link #forecast(double, MessageFormat, long)} with {@code rates} in place of the rule set's benchmarks. */
	public Optional<BudgetForecast> forecast(double total, MessageFormat format, long audienceSize, FunnelRates rates) {
		Optional<Long> days = flightDays();
		Optional<Range> cost = costPerSend();
		if (total <= 0 || days.isEmpty() || cost.isEmpty()) {
			return Optional.empty();
		}
		Range maxSends = audienceSize > 0 ? new FrequencyCap(rules).maxSends(audienceSize, days.get())
				: Range.of(Double.POSITIVE_INFINITY);
		return Optional.of(BudgetForecast.of(total, cost.get(), maxSends, rates));
	}
}
