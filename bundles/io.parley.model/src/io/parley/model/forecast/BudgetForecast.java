package io.parley.model.forecast;

/**
 * What a budget buys, as ranges: sends are the budget divided by the cost per send, but never more
 * than the audience can receive under the frequency cap; the funnel follows from the benchmarks.
 */
public record BudgetForecast(Range sends, Range opens, Range clicks, Range replies, Range leads, Range costPerOpen,
		Range costPerClick, Range costPerLead, boolean cappedByAudience) {

	/**
	 * @param maxSends what the audience can receive, from {@link FrequencyCap#maxSends}
	 */
	public static BudgetForecast of(double budget, Range costPerSend, Range maxSends, FunnelRates rates) {
		Range affordable = new Range(budget / costPerSend.high(), budget / costPerSend.low());
		Range sends = affordable.min(maxSends);
		Range opens = sends.times(rates.open());
		Range clicks = sends.times(rates.clickPerSend());
		Range leads = clicks.times(rates.leadCompletion());
		return new BudgetForecast(sends, opens, clicks, sends.times(rates.reply()), leads, costPerSend.per(rates.open()),
				costPerSend.per(rates.clickPerSend()), costPerSend.per(rates.clickPerSend().times(rates.leadCompletion())),
				affordable.high() > maxSends.high());
	}
}
