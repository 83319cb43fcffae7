package io.parley.model.results;

import java.time.LocalDate;

/** What a campaign did on one day, as LinkedIn reports it. */
public record DayFigures(LocalDate day, long sends, long opens, long clicks, long leads, double spend) {

	/** The figures of two reports of the same day (two campaigns, two creatives) together. */
	public DayFigures plus(DayFigures other) {
		return new DayFigures(day, sends + other.sends, opens + other.opens, clicks + other.clicks, leads + other.leads,
				spend + other.spend);
	}
}
