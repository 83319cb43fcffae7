package io.parley.model.results;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.FunnelRates;
import io.parley.model.forecast.Range;

/**
 * A campaign's results against its forecast, figure by figure: the funnel's counts against the
 * forecast for the days reported (a campaign half through its flight is held to half its
 * forecast), its rates against the rates forecast, and whether each lies below, within or above.
 *
 * @param share the part of the flight the results cover, 0 to 1
 */
public record ForecastCheck(List<Figure> figures, double share, Range sendsPerDay) {

	/** Where an actual figure lies against its forecast range. */
	public enum Verdict {
		BELOW, WITHIN, ABOVE, NOT_REPORTED;

		static Verdict of(double actual, Range forecast) {
			// ranges are estimates of whole people; a figure off by less than one is within
			return actual < Math.floor(forecast.low()) ? BELOW : actual > Math.ceil(forecast.high()) ? ABOVE : WITHIN;
		}
	}

	/**
	 * One figure: its name as the funnel says it, the forecast range, what happened and the verdict.
	 *
	 * @param rate whether the figure is a rate (0 to 1) rather than a count or an amount
	 */
	public record Figure(String name, Range forecast, double actual, Verdict verdict, boolean rate) {

		public boolean outside() {
			return verdict == Verdict.BELOW || verdict == Verdict.ABOVE;
		}

		/** The actual figure as a person reads it: "2,140", "36%". */
		public String value() {
			return rate ? percent(actual) : count(actual);
		}

		/** The forecast range as a person reads it: "1,900-2,700", "40-60%". */
		public String range() {
			return rate ? percent(forecast.low()).replace("%", "") + "-" + percent(forecast.high())
					: count(forecast.low()) + "-" + count(forecast.high());
		}

		/** "Opens: 2,140 (forecast 1,900-2,700)", "Open rate: 36%, below the forecast 40-60%". */
		public String describe() {
			String value = value();
			String range = range();
			return switch (verdict) {
				case NOT_REPORTED -> name + ": not in the report (forecast " + range + ")";
				case WITHIN -> name + ": " + value + " (forecast " + range + ")";
				case BELOW -> name + ": " + value + ", below the forecast " + range;
				case ABOVE -> name + ": " + value + ", above the forecast " + range;
			};
		}

		private static String count(double value) {
			return String.format(Locale.ROOT, "%,d", Math.round(value));
		}

		private static String percent(double value) {
			return String.format(Locale.ROOT, value < 0.1 ? "%.1f%%" : "%.0f%%", value * 100);
		}
	}

	/**
	 * @param flightDays the days of the budget's flight, over which {@code forecast} is spread
	 * @param budget     the money the campaign may spend in its flight
	 */
	public static ForecastCheck of(CampaignResults results, BudgetForecast forecast, FunnelRates rates, long flightDays,
			double budget) {
		long days = results.firstDay().map(first -> ChronoUnit.DAYS.between(first, results.lastDay().get()) + 1).orElse(0L);
		double share = flightDays <= 0 ? 1 : Math.min(1, (double) days / flightDays);
		DayFigures total = results.total();
		List<Figure> figures = new ArrayList<>();
		figures.add(count(results, "sends", "Sends", scaled(forecast.sends(), share), total.sends()));
		figures.add(count(results, "opens", "Opens", scaled(forecast.opens(), share), total.opens()));
		figures.add(count(results, "clicks", "Clicks", scaled(forecast.clicks(), share), total.clicks()));
		figures.add(count(results, "leads", "Leads", scaled(forecast.leads(), share), total.leads()));
		figures.add(count(results, "spend", "Spend", new Range(0, budget * share), total.spend()));
		if (total.sends() > 0) {
			figures.add(rate(results, "opens", "Open rate", rates.open(), (double) total.opens() / total.sends()));
			figures.add(rate(results, "clicks", "Clicks per send", rates.clickPerSend(), (double) total.clicks() / total.sends()));
		}
		if (total.clicks() > 0 && results.reports("leads")) {
			figures.add(rate(results, "leads", "Lead form completion", rates.leadCompletion(), (double) total.leads() / total.clicks()));
		}
		Range perDay = flightDays <= 0 ? Range.of(0) : scaled(forecast.sends(), 1.0 / flightDays);
		return new ForecastCheck(figures, share, perDay);
	}

	/** The figures outside their range. */
	public List<Figure> outside() {
		return figures.stream().filter(Figure::outside).toList();
	}

	private static Figure count(CampaignResults results, String figure, String name, Range forecast, double actual) {
		return new Figure(name, forecast, actual, results.reports(figure) ? Verdict.of(actual, forecast) : Verdict.NOT_REPORTED,
				false);
	}

	private static Figure rate(CampaignResults results, String figure, String name, Range forecast, double actual) {
		Verdict verdict = !results.reports(figure) ? Verdict.NOT_REPORTED
				: actual < forecast.low() ? Verdict.BELOW : actual > forecast.high() ? Verdict.ABOVE : Verdict.WITHIN;
		return new Figure(name, forecast, actual, verdict, true);
	}

	private static Range scaled(Range range, double share) {
		return new Range(range.low() * share, range.high() * share);
	}
}
