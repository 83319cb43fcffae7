package io.parley.model.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.RuleSet;

/**
 * When a campaign sends, as one rule for the check of a campaign and for its send list: the calendar
 * months from the schedule's start to its end, the campaign's people spread evenly over them, and for
 * InMail at most what the plan's credits allow each month (replies refunding credits at the rule
 * set's low reply rate, the cautious case). Nothing goes out after the end.
 */
public record CampaignSchedule(LocalDate start, Optional<LocalDate> end) {

	/** The campaign's {@code schedule}; a missing or unreadable start is {@code today}. */
	public static CampaignSchedule of(JsonNode schedule, LocalDate today) {
		return new CampaignSchedule(date(schedule.path("start")).orElse(today), date(schedule.path("end")));
	}

	private static Optional<LocalDate> date(JsonNode value) {
		try {
			return value.isTextual() ? Optional.of(LocalDate.parse(value.asText())) : Optional.empty();
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** Calendar months the schedule touches; one when it names no end, or an end before its start. */
	public int months() {
		return end.map(last -> (int) Math.max(1, ChronoUnit.MONTHS.between(start.withDayOfMonth(1), last.withDayOfMonth(1)) + 1))
				.orElse(1);
	}

	/** {@code people} spread evenly over the months, the first months taking one more where it does not divide. */
	public int[] spread(long people) {
		int months = months();
		int[] planned = new int[months];
		for (int m = 0; m < months; m++) {
			planned[m] = (int) Math.min(Integer.MAX_VALUE, people / months + (m < people % months ? 1 : 0));
		}
		return planned;
	}

	/** The InMail plan's months for {@code people} sent evenly: what each month sends and what it refuses. */
	public List<InMailCreditLedger.Month> inMailLedger(RuleSet rules, String plan, long people) {
		return new InMailCreditLedger(rules, plan).simulate(spread(people), InMailCreditLedger.assumedReplyRate(rules));
	}

	/** InMails each month may send: what the ledger of {@link #inMailLedger} sends. */
	public int[] inMailQuota(RuleSet rules, String plan, long people) {
		return inMailLedger(rules, plan, people).stream().mapToInt(InMailCreditLedger.Month::sent).toArray();
	}
}
