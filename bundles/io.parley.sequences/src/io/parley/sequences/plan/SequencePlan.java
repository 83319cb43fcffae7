package io.parley.sequences.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.Range;
import io.parley.sequences.SequencePath;
import io.parley.sequences.Step;
import io.parley.sequences.Touch;

/**
 * A sequence planned for a number of people from a start date: the people expected at each step
 * (ranges), every person's touches day by day within the sending limits, and the InMail credits
 * month by month.
 *
 * @param touches  in date order; a step after the first is due on its day only if its condition came true
 * @param inMails  InMails expected each calendar month from the start's month (the high case)
 * @param credits  the InMail plan's ledger for those InMails; empty without InMail steps or a plan
 */
public record SequencePlan(long people, LocalDate start, List<StepForecast> steps, List<PlannedTouch> touches, int[] inMails,
		String inMailPlan, List<InMailCreditLedger.Month> credits) {

	/** The last day a touch is due. */
	public LocalDate end() {
		return touches.isEmpty() ? start : touches.get(touches.size() - 1).date();
	}

	public Optional<StepForecast> forecast(Step step) {
		return steps.stream().filter(f -> f.step().id().equals(step.id())).findFirst();
	}

	/** Each day with something due: how many touches of each step, in step order. */
	public SortedMap<LocalDate, Map<Step, Integer>> days() {
		return days(touches);
	}

	/**
	 * The days of one path: the touches of its steps, for everyone who takes it (a step after the
	 * first is planned for every person, and due only for those on its path).
	 */
	public SortedMap<LocalDate, Map<Step, Integer>> days(SequencePath path) {
		return days(touches.stream().filter(t -> path.contains(t.step())).toList());
	}

	/**
	 * The people expected each day at each step of {@code path}, as ranges: the touches the plan keeps
	 * room for that day times the share of everyone who reaches the step. Over the days, a step's
	 * ranges add up to its people ({@link StepForecast#people()}), those at the path's last step to
	 * the people who go the whole way ({@link #people(SequencePath)}).
	 */
	public SortedMap<LocalDate, Map<Step, Range>> expected(SequencePath path) {
		SortedMap<LocalDate, Map<Step, Range>> expected = new TreeMap<>();
		days(path).forEach((day, counts) -> {
			Map<Step, Range> people = new LinkedHashMap<>();
			counts.forEach((step, count) -> people.put(step, forecast(step).map(StepForecast::share).orElse(Range.of(1)).times(Range.of(count))));
			expected.put(day, people);
		});
		return expected;
	}

	/** The people expected to go the whole way of {@code path}: those expected at its last step. */
	public Range people(SequencePath path) {
		return forecast(path.end()).map(StepForecast::people).orElse(new Range(0, 0));
	}

	private static SortedMap<LocalDate, Map<Step, Integer>> days(List<PlannedTouch> touches) {
		SortedMap<LocalDate, Map<Step, Integer>> days = new TreeMap<>();
		for (PlannedTouch touch : touches) {
			days.computeIfAbsent(touch.date(), d -> new LinkedHashMap<>()).merge(touch.step(), 1, Integer::sum);
		}
		return days;
	}

	/** Touches of a kind due each calendar month: personalized notes, for the monthly limit of free accounts. */
	public SortedMap<YearMonth, Integer> perMonth(Touch kind) {
		SortedMap<YearMonth, Integer> months = new TreeMap<>();
		touches.stream().filter(t -> t.step().touch() == kind).forEach(t -> months.merge(YearMonth.from(t.date()), 1, Integer::sum));
		return months;
	}
}
