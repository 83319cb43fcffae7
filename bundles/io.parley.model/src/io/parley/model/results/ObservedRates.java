package io.parley.model.results;

import java.util.Optional;

import io.parley.model.forecast.FunnelRates;
import io.parley.model.forecast.Range;

/**
 * The rates a campaign of the workspace achieved, to forecast later campaigns with in place of the
 * rule set's benchmarks: opens per send, clicks per send and leads per click, each as observed (a
 * rate the report does not have stays the benchmark's), with where they were observed.
 *
 * @param source "observed in webinar-q4, 2027-01"
 */
public record ObservedRates(Optional<Double> open, Optional<Double> clickPerSend, Optional<Double> leadCompletion,
		Range costPerSend, String source) {

	/** The rates of {@code results} of the campaign called {@code campaign}; empty when nothing was sent. */
	public static Optional<ObservedRates> of(CampaignResults results, String campaign) {
		DayFigures total = results.total();
		if (total.sends() <= 0) {
			return Optional.empty();
		}
		double sends = total.sends();
		return Optional.of(new ObservedRates(rate(results, "opens", total.opens(), sends),
				rate(results, "clicks", total.clicks(), sends),
				total.clicks() > 0 ? rate(results, "leads", total.leads(), total.clicks()) : Optional.empty(),
				Range.of(results.reports("spend") ? total.spend() / sends : 0),
				"observed in " + campaign + ", " + results.period()));
	}

	/** The benchmarks with every observed rate in place of the benchmark's. */
	public FunnelRates replacing(FunnelRates benchmarks) {
		return new FunnelRates(open.map(Range::of).orElse(benchmarks.open()),
				clickPerSend.map(Range::of).orElse(benchmarks.clickPerSend()), benchmarks.reply(),
				leadCompletion.map(Range::of).orElse(benchmarks.leadCompletion()));
	}

	private static Optional<Double> rate(CampaignResults results, String figure, double count, double of) {
		return results.reports(figure) ? Optional.of(count / of) : Optional.empty();
	}
}
