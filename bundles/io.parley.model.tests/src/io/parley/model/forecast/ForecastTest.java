package io.parley.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.RuleCatalog;

class ForecastTest {

	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	@Test
	void theSeedsWorkedExample() {
		FunnelRates rates = new FunnelRates(Range.of(0.5), Range.of(0.04), Range.of(0.05), Range.of(0.1));
		BudgetForecast forecast = BudgetForecast.of(1000, Range.of(1.0), Range.of(1_000_000), rates);
		assertEquals(Range.of(25.0), forecast.costPerClick(), "$1 per send at 4% clicks is $25 per click");
		assertEquals(Range.of(2.0), forecast.costPerOpen());
		assertEquals(Range.of(1000), forecast.sends());
		assertEquals(Range.of(40), forecast.clicks());
	}

	@Test
	void sendsNeverExceedWhatTheAudienceCanReceive() {
		FrequencyCap cap = new FrequencyCap(rules);
		Range maxSends = cap.maxSends(10_000, 30);
		assertEquals(new Range(6_000, 8_000), maxSends, "60-80% reachable in one 45-day window");
		BudgetForecast forecast = BudgetForecast.of(50_000, new Range(0.5, 1.5), maxSends, FunnelRates.of(rules, MessageFormat.MESSAGE_AD));
		assertEquals(new Range(6_000, 8_000), forecast.sends());
		assertTrue(forecast.cappedByAudience());
		assertTrue(forecast.costPerClick().low() < forecast.costPerClick().high());
	}

	@Test
	void aLongerFlightHasMoreCapWindows() {
		FrequencyCap cap = new FrequencyCap(rules);
		assertEquals(new Range(12_000, 16_000), cap.maxSends(10_000, 60));
		assertEquals(30, new FrequencyCap(RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow()).windowDays());
	}

	@Test
	void inMailCreditsRollOverUpToTheCapAndComeBackOnResponses() {
		InMailCreditLedger ledger = new InMailCreditLedger(rules, "SALES_NAVIGATOR_CORE");
		List<InMailCreditLedger.Month> months = ledger.simulate(new int[] { 0, 0, 0, 0, 200 }, 0.2);
		assertEquals(50, months.get(0).available());
		assertEquals(150, months.get(3).available(), "the balance stops at the 150 rollover cap");
		assertEquals(150, months.get(4).sent());
		assertEquals(50, months.get(4).refused());
		assertEquals(5, InMailCreditLedger.firstShortfall(months).orElseThrow().month());
	}

	@Test
	void respondedInMailsRefundTheirCredits() {
		List<InMailCreditLedger.Month> months = new InMailCreditLedger(rules, "PREMIUM_CAREER").simulate(new int[] { 5, 5 }, 0.4);
		assertEquals(2, months.get(1).refunded());
		assertEquals(7, months.get(1).available());
		assertTrue(InMailCreditLedger.firstShortfall(months).isEmpty());
	}

	@Test
	void fractionsOfAReplyAddUpToWholeRefundsOverTheMonths() {
		List<InMailCreditLedger.Month> months = new InMailCreditLedger(rules, "PREMIUM_CAREER")
				.simulate(new int[] { 5, 5, 5, 5, 5, 5, 5 }, 0.15);
		assertEquals(List.of(0, 0, 1, 1, 1, 0, 1), months.stream().map(InMailCreditLedger.Month::refunded).toList(),
				"0.75 expected replies a month: a refund every month or two, as the replies add up");
	}

	@Test
	void declinedInMailsAreRefundedOnlyWhereTheRuleSetSaysSo() {
		int[] planned = { 5, 5 };
		assertEquals(2, new InMailCreditLedger(rules, "PREMIUM_CAREER").simulate(planned, 0.4, 0.4).get(1).refunded(),
				"seed 002: a declined InMail is not refunded");
		RuleSet linkedInHelp = RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow();
		assertEquals(4, new InMailCreditLedger(linkedInHelp, "PREMIUM_CAREER").simulate(planned, 0.4, 0.4).get(1).refunded(),
				"LinkedIn Help 75: declines come back too");
	}

	@Test
	void recruiterLiteRollsOverToTheCapOfItsRuleSet() {
		int[] idle = new int[6];
		assertEquals(90, new InMailCreditLedger(rules, "RECRUITER_LITE").simulate(idle, 0).get(5).available());
		assertEquals(120, new InMailCreditLedger(RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow(), "RECRUITER_LITE")
				.simulate(idle, 0).get(5).available());
	}

	@Test
	void creditsLapseAfterTheirRolloverMonthsEvenBelowTheCap() {
		RuleSet roomy = rules.withOverrides(caps("{\"inMailPlans\": {\"PREMIUM_CAREER\": {\"rolloverCap\": 100}}}"));
		List<InMailCreditLedger.Month> idle = new InMailCreditLedger(roomy, "PREMIUM_CAREER").simulate(new int[6], 0);
		assertEquals(20, idle.get(3).available(), "month 1's credits are 3 months old in month 4 and still there");
		assertEquals(20, idle.get(4).available(), "in month 5 they lapse: 4 months of 5, not 25");
		RuleSet shortLived = roomy.withOverrides(caps("{\"creditRolloverMonths\": 1}"));
		assertEquals(10, new InMailCreditLedger(shortLived, "PREMIUM_CAREER").simulate(new int[6], 0).get(5).available());
	}

	@Test
	void sendsSpendTheOldestCreditsFirst() {
		RuleSet roomy = rules.withOverrides(caps("{\"inMailPlans\": {\"PREMIUM_CAREER\": {\"rolloverCap\": 100}}}"));
		// Month 4 holds 5 credits from each of months 1-4; sending 7 uses month 1's and 2 of month 2's,
		// so month 5 keeps 3 + 5 + 5 and gets 5 new ones.
		List<InMailCreditLedger.Month> months = new InMailCreditLedger(roomy, "PREMIUM_CAREER").simulate(new int[] { 0, 0, 0, 7, 0 }, 0);
		assertEquals(13, months.get(3).balance());
		assertEquals(18, months.get(4).available());
	}

	@Test
	void plansAreNamedAsPeopleCallThem() {
		assertEquals("Premium Career", InMailCreditLedger.label(rules, "PREMIUM_CAREER"));
		assertEquals("Premium Career, Premium Business, Sales Navigator Core, Recruiter Lite, Recruiter",
				InMailCreditLedger.labels(rules, InMailCreditLedger.plans(rules)));
		RuleSet team = rules.withOverrides(caps("{\"inMailPlans\": {\"SALES_NAVIGATOR_ADVANCED_PLUS\": {\"monthly\": 50}}}"));
		assertEquals("Sales Navigator Advanced Plus", InMailCreditLedger.label(team, "SALES_NAVIGATOR_ADVANCED_PLUS"),
				"a plan a workspace adds without a label reads in words");
	}

	private static JsonNode caps(String json) {
		return json("{\"caps\": " + json + "}");
	}

	private static JsonNode json(String json) {
		try {
			return new ObjectMapper().readTree(json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void calendarKeepsToTheCampaignsOwnDaysAndHours() {
		List<Long> prospects = LongStream.rangeClosed(1, 250).boxed().toList();
		SendCalendar calendar = new SendCalendar(rules)
				.withSchedule(json("{\"days\": [\"monday\", \"FRIDAY\"], \"hours\": {\"from\": 10, \"until\": 12}}"));
		List<SendCalendar.ScheduledSend> sends = calendar.schedule(prospects, LocalDate.of(2026, 12, 1), null);
		assertEquals(250, sends.size());
		assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), sends.stream().map(s -> s.at().getDayOfWeek()).collect(Collectors.toSet()));
		assertTrue(sends.stream().allMatch(s -> s.at().getHour() >= 10 && s.at().getHour() < 12), "between 10:00 and 12:00");
		Map<Integer, Long> perWeek = sends.stream().collect(Collectors.groupingBy(s -> s.at().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Collectors.counting()));
		assertTrue(perWeek.values().stream().allMatch(n -> n <= 100), "the weekly limit still holds: " + perWeek);
	}

	@Test
	void aScheduleWithoutDaysOrHoursKeepsTheRuleSetsAndBadDaysAreRefused() {
		List<Long> prospects = LongStream.rangeClosed(1, 50).boxed().toList();
		LocalDate start = LocalDate.of(2026, 12, 1);
		assertEquals(new SendCalendar(rules).schedule(prospects, start, null),
				new SendCalendar(rules).withSchedule(json("{\"start\": \"2026-12-01\"}")).schedule(prospects, start, null));
		assertThrows(IllegalArgumentException.class, () -> new SendCalendar(rules).withSchedule(json("{\"days\": [\"SOMEDAY\"]}")));
		assertThrows(IllegalArgumentException.class,
				() -> new SendCalendar(rules).withSchedule(json("{\"hours\": {\"from\": 14, \"until\": 9}}")));
	}

	@Test
	void unknownPlanIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new InMailCreditLedger(rules, "GOLD"));
	}

	@Test
	void calendarKeepsToPreferredDaysHoursAndTheWeeklyLimit() {
		List<Long> prospects = LongStream.rangeClosed(1, 250).boxed().toList();
		List<SendCalendar.ScheduledSend> sends = new SendCalendar(rules).schedule(prospects, LocalDate.of(2026, 12, 1), null);
		assertEquals(250, sends.size());
		Set<DayOfWeek> days = sends.stream().map(s -> s.at().getDayOfWeek()).collect(Collectors.toSet());
		assertEquals(Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), days);
		assertTrue(sends.stream().allMatch(s -> s.at().getHour() >= 9 && s.at().getHour() < 17));
		Map<Integer, Long> perWeek = sends.stream().collect(Collectors.groupingBy(
				s -> s.at().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Collectors.counting()));
		assertTrue(perWeek.values().stream().allMatch(n -> n <= 100), perWeek.toString());
	}

	@Test
	void calendarNeverSpendsCreditsAMonthDoesNotHave() {
		List<Long> prospects = LongStream.rangeClosed(1, 80).boxed().toList();
		List<SendCalendar.ScheduledSend> sends = new SendCalendar(rules).schedule(prospects, LocalDate.of(2026, 12, 1),
				new int[] { 50, 20 });
		assertEquals(70, sends.size(), "50 in December and 20 in January; the rest wait for credits");
		assertFalse(sends.stream().anyMatch(s -> s.at().getMonthValue() == 2));
	}
}
