package io.parley.model.audience;

import java.util.Locale;

import io.parley.model.rules.RuleSet;

/**
 * Where an audience's estimated size falls among the rule set's bands: LinkedIn's minimum, the
 * size for a first test and the recommended sweet spot (rules.md §2, §3).
 */
public record AudienceSize(long size, Band band, String advice) {

	/** The bands in order of size; a band's advice says what it means for the campaign. */
	public enum Band {
		UNKNOWN, BELOW_MINIMUM, SMALL, TEST, SWEET_SPOT, LARGE;

		/** True for the bands the rule set warns about or refuses. */
		public boolean needsAttention() {
			return this == BELOW_MINIMUM || this == SMALL || this == LARGE;
		}
	}

	public static AudienceSize of(long size, RuleSet rules) {
		long minimum = (long) rules.cap("minimumAudience");
		long testLow = (long) rules.cap("testAudience/low");
		long testHigh = (long) rules.cap("testAudience/high");
		long sweetLow = (long) rules.cap("recommendedAudience/low");
		long sweetHigh = (long) rules.cap("recommendedAudience/high");
		if (size <= 0) {
			return new AudienceSize(size, Band.UNKNOWN, "No estimate yet: copy it from Campaign Manager's forecast");
		}
		if (size < minimum) {
			return new AudienceSize(size, Band.BELOW_MINIMUM, format("Below LinkedIn's minimum of %,d members", minimum));
		}
		if (size < testLow) {
			return new AudienceSize(size, Band.SMALL, format("Smaller than a first test (%,d-%,d)", testLow, testHigh));
		}
		if (size < sweetLow) {
			return new AudienceSize(size, Band.TEST, format("Test size (%,d-%,d); %,d-%,d is the sweet spot for a launch",
					testLow, testHigh, sweetLow, sweetHigh));
		}
		if (size <= sweetHigh) {
			return new AudienceSize(size, Band.SWEET_SPOT, format("In the sweet spot (%,d-%,d)", sweetLow, sweetHigh));
		}
		return new AudienceSize(size, Band.LARGE, format("Larger than the sweet spot (%,d-%,d): narrow it to keep the message relevant",
				sweetLow, sweetHigh));
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}
}
