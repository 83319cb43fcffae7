package io.parley.model.forecast;

/** A forecast figure as LinkedIn's benchmarks give it: a low and a high estimate. */
public record Range(double low, double high) {

	public Range {
		if (low > high) {
			throw new IllegalArgumentException("A range's low (" + low + ") is above its high (" + high + ")");
		}
	}

	public static Range of(double value) {
		return new Range(value, value);
	}

	public Range times(Range other) {
		return new Range(low * other.low, high * other.high);
	}

	public Range min(Range other) {
		return new Range(Math.min(low, other.low), Math.min(high, other.high));
	}

	/** This cost spread over a yield: the best case divides the low cost by the high yield. */
	public Range per(Range yield) {
		return new Range(low / yield.high, high / yield.low);
	}
}
