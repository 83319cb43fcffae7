package io.parley.sequences.plan;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.forecast.FunnelRates;
import io.parley.model.forecast.Range;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.sequences.Outcome;
import io.parley.sequences.Touch;

/**
 * The share of the people at a touch who take each outcome, from the rule set's benchmarks:
 * acceptance of a connection note, the reply rate of each format, clicks of sponsored messages.
 */
final class StepRates {

	private final RuleSet ruleSet;

	StepRates(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	Range of(Touch touch, Outcome outcome) {
		return switch (outcome) {
			case ACCEPTED -> benchmark("acceptanceRate", touch);
			case NOT_ACCEPTED -> complement(benchmark("acceptanceRate", touch));
			case REPLIED -> benchmark("replyRate", touch);
			case NO_REPLY -> complement(benchmark("replyRate", touch));
			case CLICKED -> touch.format().map(format -> FunnelRates.of(ruleSet, format).clickPerSend()).orElse(Range.of(0));
			case DONE -> Range.of(1);
		};
	}

	private Range benchmark(String figure, Touch touch) {
		JsonNode range = ruleSet.benchmark(figure + "/" + touch.format().map(MessageFormat::name).orElse("TASK"));
		return range.has("low") && range.has("high") ? new Range(range.get("low").asDouble(), range.get("high").asDouble()) : Range.of(0);
	}

	private static Range complement(Range share) {
		return new Range(1 - share.high(), 1 - share.low());
	}
}
