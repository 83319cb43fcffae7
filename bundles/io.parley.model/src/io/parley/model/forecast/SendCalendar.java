package io.parley.model.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.RuleSet;

/**
 * Dates for personal sends (InMail, messages, connection notes) that never break a cap: only on the
 * rule set's preferred days and business hours, at most the weekly limit per week, and for InMail at
 * most the credits each month has. Sends are spread evenly over the working hours of a day.
 */
public final class SendCalendar {

	/** One send: which prospect (by list row) and when. */
	public record ScheduledSend(long prospectRow, LocalDateTime at) {
	}

	private final Set<DayOfWeek> days;
	private final LocalTime open;
	private final LocalTime close;
	private final int weeklyLimit;

	public SendCalendar(RuleSet ruleSet) {
		this(days(ruleSet.caps().path("preferredDays")), (int) ruleSet.cap("businessHours/start"),
				(int) ruleSet.cap("businessHours/end"), (int) ruleSet.cap("weeklyInvitations"));
	}

	private SendCalendar(Set<DayOfWeek> days, int fromHour, int untilHour, int weeklyLimit) {
		if (days.isEmpty() || fromHour < 0 || untilHour > 24 || fromHour >= untilHour) {
			throw new IllegalArgumentException("A send calendar needs at least one day and hours from before until (0-24), not "
					+ days + " " + fromHour + "-" + untilHour);
		}
		this.days = days;
		this.open = LocalTime.of(fromHour, 0);
		this.close = untilHour == 24 ? LocalTime.MAX : LocalTime.of(untilHour, 0);
		this.weeklyLimit = weeklyLimit;
	}

	/**
	 * This calendar on a campaign's own schedule: its {@code days} (["TUESDAY", "WEDNESDAY"]) and
	 * {@code hours} ({"from": 10, "until": 12}) where it names them, the rule set's preferred days
	 * and business hours where it does not. The caps stay the rule set's.
	 *
	 * @throws IllegalArgumentException for a day that is not a weekday name or hours that end before they start
	 */
	public SendCalendar withSchedule(JsonNode schedule) {
		JsonNode hours = schedule.path("hours");
		Set<DayOfWeek> chosen = schedule.path("days").isArray() && !schedule.path("days").isEmpty() ? days(schedule.path("days")) : days;
		return new SendCalendar(chosen, hours.path("from").asInt(open.getHour()),
				hours.path("until").asInt(close == LocalTime.MAX ? 24 : close.getHour()), weeklyLimit);
	}

	private static Set<DayOfWeek> days(JsonNode names) {
		List<String> days = new ArrayList<>();
		names.forEach(day -> days.add(day.asText().toUpperCase(Locale.ROOT)));
		try {
			return days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Send days are weekday names such as TUESDAY, not " + days, e);
		}
	}

	/**
	 * @param monthlyCredits credits per calendar month from the start (InMail), or null when sends are free
	 */
	public List<ScheduledSend> schedule(List<Long> prospectRows, LocalDate start, int[] monthlyCredits) {
		return schedule(prospectRows, start, null, monthlyCredits);
	}

	/**
	 * Sends from {@code start} until {@code lastDay} at the latest; the people left over are not
	 * scheduled.
	 *
	 * @param lastDay the last day a send may go out, or null when the schedule has no end
	 * @param monthlyCredits sends each calendar month from the start may have (InMail credits), or null
	 */
	public List<ScheduledSend> schedule(List<Long> prospectRows, LocalDate start, LocalDate lastDay, int[] monthlyCredits) {
		List<ScheduledSend> sends = new ArrayList<>();
		Iterator<LocalDateTime> times = times(prospectRows.size(), start, lastDay, monthlyCredits);
		for (int i = 0; times.hasNext(); i++) {
			sends.add(new ScheduledSend(prospectRows.get(i), times.next()));
		}
		return sends;
	}

	/**
	 * The times of {@code people} sends in the order of {@link #schedule}, one at a time, so a list
	 * of a million people needs no list of dates; it ends early when the schedule or the credits do.
	 */
	public Iterator<LocalDateTime> times(long people, LocalDate start, LocalDate lastDay, int[] monthlyCredits) {
		return new SendTimes(people, start, lastDay, monthlyCredits);
	}

	/** Day by day from the start: each day with room takes what the day, week and month caps leave. */
	private final class SendTimes implements Iterator<LocalDateTime> {

		private final long people;
		private final LocalDate start;
		private final LocalDate lastDay;
		private final int[] credits;
		private final int perDay = Math.max(1, (weeklyLimit + days.size() - 1) / days.size());
		private LocalDate day;
		private LocalDate week;
		private int sentThisWeek;
		private int month = -1;
		private int sentThisMonth;
		private int today;
		private int index;
		private long given;
		private boolean ended;

		SendTimes(long people, LocalDate start, LocalDate lastDay, int[] credits) {
			this.people = people;
			this.start = start;
			this.lastDay = lastDay;
			this.credits = credits;
			this.day = start.minusDays(1);
			this.ended = weeklyLimit <= 0;
		}

		@Override
		public boolean hasNext() {
			return index < today || (!ended && given < people && nextDayWithRoom());
		}

		@Override
		public LocalDateTime next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			given++;
			return timeOfSend(day, index++, today);
		}

		private boolean nextDayWithRoom() {
			while (true) {
				day = day.plusDays(1);
				int m = monthIndex(start, day);
				if ((credits != null && m >= credits.length) || (lastDay != null && day.isAfter(lastDay))) {
					ended = true;
					return false;
				}
				if (!days.contains(day.getDayOfWeek())) {
					continue;
				}
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				if (!monday.equals(week)) {
					week = monday;
					sentThisWeek = 0;
				}
				if (m != month) {
					month = m;
					sentThisMonth = 0;
				}
				int room = Math.min(perDay, weeklyLimit - sentThisWeek);
				if (credits != null) {
					room = Math.min(room, credits[m] - sentThisMonth);
				}
				int count = (int) Math.min(room, people - given);
				if (count > 0) {
					today = count;
					index = 0;
					sentThisWeek += count;
					sentThisMonth += count;
					return true;
				}
			}
		}
	}

	private LocalDateTime timeOfSend(LocalDate day, int index, int count) {
		long minutes = java.time.Duration.between(open, close).toMinutes();
		return day.atTime(open.plusMinutes(minutes * index / Math.max(1, count)));
	}

	private static int monthIndex(LocalDate start, LocalDate day) {
		return (day.getYear() - start.getYear()) * 12 + day.getMonthValue() - start.getMonthValue();
	}
}
