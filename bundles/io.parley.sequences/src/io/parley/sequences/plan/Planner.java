package io.parley.sequences.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceGraph;
import io.parley.sequences.Step;
import io.parley.sequences.Touch;

/**
 * Plans a sequence: the share of people at each step from the rule set's rates, and a day for every
 * person at every step, each step after the one it follows by its days, on a day the touch may go
 * out and that has room. A person's later steps are planned as if they took that branch, so no day
 * breaks a limit whoever takes it.
 */
public final class Planner {

	private final RuleSet ruleSet;

	public Planner(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	/** Stand-ins for {@code size} people when there is no prospect list: "Person 1", "Person 2", ... */
	public static List<Person> numbered(long size) {
		List<Person> people = new ArrayList<>();
		for (long row = 1; row <= size; row++) {
			people.add(new Person(row, "Person " + row, new Prospect(row, Map.of())));
		}
		return people;
	}

	/** Everyone on a prospect list, in its order. */
	public static List<Person> listed(Path prospects) throws IOException {
		List<Person> people = new ArrayList<>();
		try (ProspectList list = ProspectList.open(prospects)) {
			while (list.hasNext()) {
				people.add(of(list.next()));
			}
		}
		return people;
	}

	public static Person of(Prospect prospect) {
		String name = (prospect.value("firstName") + " " + prospect.value("lastName")).strip();
		return new Person(prospect.row(), name.isEmpty() ? "Row " + prospect.row() : name, prospect);
	}

	public SequencePlan plan(Sequence sequence, List<Person> people, LocalDate start) {
		SequenceGraph graph = new SequenceGraph(sequence);
		List<StepForecast> forecasts = forecasts(sequence, graph, people.size());
		SendDays days = new SendDays(ruleSet, sequence.pace());
		Map<String, LocalDate[]> due = new HashMap<>();
		List<PlannedTouch> touches = new ArrayList<>();
		for (Step step : graph.inOrder()) {
			LocalDate[] dates = new LocalDate[people.size()];
			LocalDate[] previous = step.isFirst() ? null : due.get(step.follows());
			for (int p = 0; p < people.size(); p++) {
				LocalDate earliest = previous == null ? start.plusDays(step.waitDays()) : previous[p].plusDays(step.daysAfterPrevious());
				dates[p] = days.take(step.touch(), earliest);
				touches.add(new PlannedTouch(dates[p], people.get(p), step));
			}
			due.put(step.id(), dates);
		}
		touches.sort((a, b) -> a.date().compareTo(b.date()));
		int[] inMails = inMailsPerMonth(touches, forecasts, start, people.size());
		List<InMailCreditLedger.Month> credits = inMails.length == 0 || !InMailCreditLedger.plans(ruleSet).contains(sequence.inMailPlan())
				? List.of()
				: new InMailCreditLedger(ruleSet, sequence.inMailPlan()).simulate(inMails, InMailCreditLedger.assumedReplyRate(ruleSet));
		return new SequencePlan(people.size(), start, forecasts, List.copyOf(touches), inMails, sequence.inMailPlan(), credits);
	}

	private List<StepForecast> forecasts(Sequence sequence, SequenceGraph graph, long people) {
		StepRates rates = new StepRates(ruleSet);
		Map<String, Range> shares = new HashMap<>();
		List<StepForecast> forecasts = new ArrayList<>();
		for (Step step : graph.inOrder()) {
			Range share = step.isFirst() ? Range.of(1)
					: shares.get(step.follows()).times(rates.of(sequence.step(step.follows()).orElseThrow().touch(), step.outcome()));
			shares.put(step.id(), share);
			forecasts.add(new StepForecast(step, share, new Range(share.low() * people, share.high() * people), graph.dayOf(step)));
		}
		return List.copyOf(forecasts);
	}

	/** InMails expected each month: the InMail touches due that month, times the high share of people who reach them. */
	private static int[] inMailsPerMonth(List<PlannedTouch> touches, List<StepForecast> forecasts, LocalDate start, long people) {
		Map<String, Double> reach = new HashMap<>();
		forecasts.forEach(f -> reach.put(f.step().id(), f.share().high()));
		double[] expected = new double[0];
		for (PlannedTouch touch : touches) {
			if (touch.step().touch() != Touch.INMAIL) {
				continue;
			}
			int month = (int) ChronoUnit.MONTHS.between(start.withDayOfMonth(1), touch.date().withDayOfMonth(1));
			if (month >= expected.length) {
				expected = java.util.Arrays.copyOf(expected, month + 1);
			}
			expected[month] += reach.getOrDefault(touch.step().id(), 1.0);
		}
		int[] months = new int[expected.length];
		for (int m = 0; m < expected.length; m++) {
			months[m] = (int) Math.ceil(expected[m] - 1e-9);
		}
		return people == 0 ? new int[0] : months;
	}
}
