package io.parley.model.forecast;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;

/**
 * The share of sends that open, click, reply and complete a lead form. Clicks are counted per send:
 * the benchmark's click rate is "after open", so it is multiplied by the open rate (seed 000), while
 * seed 001's worked example quotes its 4% per send ($1 a send, 4% click, $25 a click).
 */
public record FunnelRates(Range open, Range clickPerSend, Range reply, Range leadCompletion) {

	public static FunnelRates of(RuleSet ruleSet, MessageFormat format) {
		Range open = range(ruleSet.benchmark("openRate/" + format.name()));
		Range clickAfterOpen = range(ruleSet.benchmark("clickRate"));
		return new FunnelRates(open, open.times(clickAfterOpen), range(ruleSet.benchmark("replyRate/" + format.name())),
				range(ruleSet.benchmark("leadFormCompletion")));
	}

	static Range range(JsonNode node) {
		if (!node.has("low") || !node.has("high")) {
			return Range.of(0);
		}
		return new Range(node.get("low").asDouble(), node.get("high").asDouble());
	}
}
