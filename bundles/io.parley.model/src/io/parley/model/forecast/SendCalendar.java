package io.parley.model.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
		List<ScheduledSend> sends = new ArrayList<>();
		Map<LocalDate, Integer> perWeek = new HashMap<>();
		Map<Integer, Integer> perMonth = new HashMap<>();
		int perDay = Math.max(1, (weeklyLimit + days.size() - 1) / days.size());
		int next = 0;
		for (LocalDate day = start; next < prospectRows.size(); day = day.plusDays(1)) {
			int month = monthIndex(start, day);
			if (monthlyCredits != null && month >= monthlyCredits.length) {
				break;
			}
			if (!days.contains(day.getDayOfWeek())) {
				continue;
			}
			LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			int room = Math.min(perDay, weeklyLimit - perWeek.getOrDefault(week, 0));
			if (monthlyCredits != null) {
				room = Math.min(room, monthlyCredits[month] - perMonth.getOrDefault(month, 0));
			}
			int today = Math.min(room, prospectRows.size() - next);
			for (int i = 0; i < today; i++) {
				sends.add(new ScheduledSend(prospectRows.get(next++), timeOfSend(day, i, today)));
			}
			perWeek.merge(week, today, Integer::sum);
			perMonth.merge(month, today, Integer::sum);
		}
		return sends;
	}

	private LocalDateTime timeOfSend(LocalDate day, int index, int count) {
		long minutes = java.time.Duration.between(open, close).toMinutes();
		return day.atTime(open.plusMinutes(minutes * index / Math.max(1, count)));
	}

	private static int monthIndex(LocalDate start, LocalDate day) {
		return (day.getYear() - start.getYear()) * 12 + day.getMonthValue() - start.getMonthValue();
	}
}
