package io.parley.model.forecast;

import io.parley.model.rules.RuleSet;

/**
 * LinkedIn's sponsored-messaging cap: a member gets at most one Message Ad or Conversation Ad from
 * all advertisers per cap window, and competitive blocking leaves only part of an audience
 * reachable in one campaign. So a flight can send each reachable member one message per window.
 */
public final class FrequencyCap {

	private final int windowDays;
	private final Range reachableShare;

	public FrequencyCap(RuleSet ruleSet) {
		this.windowDays = (int) ruleSet.cap("frequencyCapDays");
		this.reachableShare = new Range(ruleSet.cap("reachableShare/low"), ruleSet.cap("reachableShare/high"));
	}

	public int windowDays() {
		return windowDays;
	}

	/** Members of the audience the campaign can reach at all. */
	public Range reach(long audienceSize) {
		return Range.of(audienceSize).times(reachableShare);
	}

	/** The most sends a flight of {@code days} can deliver to the audience without breaking the cap. */
	public Range maxSends(long audienceSize, long days) {
		long windows = Math.max(1, (days + windowDays - 1) / windowDays);
		return reach(audienceSize).times(Range.of(windows));
	}
}
