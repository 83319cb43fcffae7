package io.parley.model.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
		List<String> preferred = new ArrayList<>();
		ruleSet.caps().path("preferredDays").forEach(day -> preferred.add(day.asText()));
		this.days = preferred.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
		this.open = LocalTime.of((int) ruleSet.cap("businessHours/start"), 0);
		this.close = LocalTime.of((int) ruleSet.cap("businessHours/end"), 0);
		this.weeklyLimit = (int) ruleSet.cap("weeklyInvitations");
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
