package io.parley.scripting;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.FrequencyCap;
import io.parley.model.forecast.FunnelRates;
import io.parley.model.forecast.Range;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;

/**
 * {@code parley.forecast({budget, costPerSend: {low, high}, audience, days, format})}: the model's
 * budget forecast under the frequency cap; cost per send defaults to the rule set's benchmark.
 */
final class ScriptForecast {

	private ScriptForecast() {
	}

	static BudgetForecast of(JsonNode request, RuleSet ruleSet) {
		MessageFormat format = MessageFormat.of(request.path("format").asText("MESSAGE_AD"))
				.orElseThrow(() -> new IllegalArgumentException("Unknown format " + request.path("format")));
		JsonNode cost = request.has("costPerSend") ? request.get("costPerSend") : ruleSet.benchmark("costPerSend/" + format.name());
		Range costPerSend = new Range(cost.path("low").asDouble(), cost.path("high").asDouble());
		Range maxSends = new FrequencyCap(ruleSet).maxSends(request.path("audience").asLong(), request.path("days").asLong(30));
		return BudgetForecast.of(request.path("budget").asDouble(), costPerSend, maxSends, FunnelRates.of(ruleSet, format));
	}
}
