package io.parley.ui.budgets;

import java.util.Locale;

import io.parley.model.forecast.Range;

/** Forecast figures as people read them: counts rounded, money with its currency, ranges low-high. */
final class Figures {

	private Figures() {
	}

	static String count(Range range) {
		if (Double.isInfinite(range.high())) {
			return "unlimited";
		}
		long low = Math.round(range.low());
		long high = Math.round(range.high());
		return low == high ? String.format(Locale.ROOT, "%,d", low) : String.format(Locale.ROOT, "%,d-%,d", low, high);
	}

	static String money(Range range, String currency) {
		if (Double.isInfinite(range.high()) || Double.isNaN(range.high())) {
			return "-";
		}
		String low = String.format(Locale.ROOT, "%,.2f", range.low());
		String high = String.format(Locale.ROOT, "%,.2f", range.high());
		return currency + " " + (low.equals(high) ? low : low + "-" + high);
	}
}
