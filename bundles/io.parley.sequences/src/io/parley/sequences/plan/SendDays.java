package io.parley.sequences.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.parley.model.rules.RuleSet;
import io.parley.sequences.Sequence;
import io.parley.sequences.Touch;

/**
 * The days on which a touch may go out and how many fit in a day: connection requests within the
 * weekly invitation limit spread over the working days, InMail on the days the send-timing rule
 * names (Tuesday to Thursday by default), hand-sent messages and tasks within the sequence's own
 * pace. Sponsored messages are LinkedIn's to deliver and take any day.
 */
final class SendDays {

	private static final Set<DayOfWeek> WORKING_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
	private static final String INMAIL_TIMING = "inmail.send-timing";

	private final Set<DayOfWeek> inMailDays;
	private final int invitationsPerWeek;
	private final int invitationsPerDay;
	private final int handSentPerDay;
	private final Map<LocalDate, Integer> invitationsOn = new HashMap<>();
	private final Map<LocalDate, Integer> invitationsInWeek = new HashMap<>();
	private final Map<LocalDate, Integer> handSentOn = new HashMap<>();

	SendDays(RuleSet ruleSet, Sequence.Pace pace) {
		int cap = (int) ruleSet.cap("weeklyInvitations");
		this.invitationsPerWeek = pace.invitationsPerWeek() > 0 ? Math.min(pace.invitationsPerWeek(), cap) : cap;
		if (invitationsPerWeek <= 0) {
			throw new IllegalArgumentException("The weekly invitation limit must be above 0, not " + invitationsPerWeek);
		}
		this.invitationsPerDay = (invitationsPerWeek + WORKING_DAYS.size() - 1) / WORKING_DAYS.size();
		this.handSentPerDay = pace.messagesPerDay() > 0 ? pace.messagesPerDay() : Integer.MAX_VALUE;
		this.inMailDays = ruleSet.rule(INMAIL_TIMING).map(rule -> days(rule.listParam("days"))).filter(days -> !days.isEmpty()).orElse(WORKING_DAYS);
	}

	int invitationsPerWeek() {
		return invitationsPerWeek;
	}

	/** The first day from {@code earliest} on which the touch may go out and has room; takes that room. */
	LocalDate take(Touch touch, LocalDate earliest) {
		LocalDate day = earliest;
		while (!fits(touch, day)) {
			day = day.plusDays(1);
		}
		switch (touch) {
			case CONNECTION_NOTE -> {
				invitationsOn.merge(day, 1, Integer::sum);
				invitationsInWeek.merge(monday(day), 1, Integer::sum);
			}
			case MESSAGE, INMAIL, TASK -> handSentOn.merge(day, 1, Integer::sum);
			default -> {
				// sponsored: LinkedIn delivers, no hand-sending limit
			}
		}
		return day;
	}

	private boolean fits(Touch touch, LocalDate day) {
		return switch (touch) {
			case CONNECTION_NOTE -> WORKING_DAYS.contains(day.getDayOfWeek()) && invitationsOn.getOrDefault(day, 0) < invitationsPerDay
					&& invitationsInWeek.getOrDefault(monday(day), 0) < invitationsPerWeek;
			case INMAIL -> inMailDays.contains(day.getDayOfWeek()) && handSentOn.getOrDefault(day, 0) < handSentPerDay;
			case MESSAGE, TASK -> WORKING_DAYS.contains(day.getDayOfWeek()) && handSentOn.getOrDefault(day, 0) < handSentPerDay;
			case MESSAGE_AD, CONVERSATION_AD -> true;
		};
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static Set<DayOfWeek> days(java.util.List<String> names) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String name : names) {
			try {
				days.add(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				// a day the rule misspells sends nothing; the rule set's own tests catch it
			}
		}
		return days;
	}
}
