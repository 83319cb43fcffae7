package io.parley.sequences.plan;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceGraph;
import io.parley.sequences.SequencePath;
import io.parley.sequences.Step;

/** A plan as people read it: the same figures as text for the terminal and as JSON for other programs and scripts. */
public final class PlanReport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private PlanReport() {
	}

	/** "60-120", or one number when the range is one; people are whole. */
	public static String people(Range people) {
		long low = Math.round(people.low());
		long high = Math.round(people.high());
		return low == high ? String.format(Locale.ROOT, "%,d", low) : String.format(Locale.ROOT, "%,d-%,d", low, high);
	}

	public static ObjectNode json(Sequence sequence, SequencePlan plan, RuleSet ruleSet) {
		ObjectNode root = JSON.createObjectNode();
		root.put("sequence", sequence.name());
		root.put("people", plan.people());
		root.put("start", plan.start().toString());
		root.put("end", plan.end().toString());
		ArrayNode steps = root.putArray("steps");
		for (StepForecast forecast : plan.steps()) {
			ObjectNode step = steps.addObject();
			step.put("id", forecast.step().id());
			step.put("touch", forecast.step().touch().name());
			step.put("label", forecast.step().label());
			step.put("condition", forecast.step().condition());
			step.put("day", forecast.day());
			step.putObject("people").put("low", Math.round(forecast.people().low())).put("high", Math.round(forecast.people().high()));
		}
		ArrayNode paths = root.putArray("paths");
		for (SequencePath path : new SequenceGraph(sequence).paths()) {
			ObjectNode way = paths.addObject().put("label", path.label());
			ArrayNode ids = way.putArray("steps");
			path.steps().forEach(step -> ids.add(step.id()));
			way.putObject("people").put("low", Math.round(plan.people(path).low())).put("high", Math.round(plan.people(path).high()));
		}
		ArrayNode days = root.putArray("days");
		plan.days().forEach((date, counts) -> {
			ObjectNode day = days.addObject().put("date", date.toString());
			ObjectNode touches = day.putObject("touches");
			counts.forEach((step, count) -> touches.put(step.id(), count));
		});
		if (!plan.credits().isEmpty()) {
			ObjectNode inMail = root.putObject("inMailCredits");
			inMail.put("plan", plan.inMailPlan());
			inMail.put("label", InMailCreditLedger.label(ruleSet, plan.inMailPlan()));
			ArrayNode months = inMail.putArray("months");
			plan.credits().forEach(month -> months.addObject().put("month", month.month()).put("available", month.available())
					.put("planned", plan.inMails()[month.month() - 1]).put("sent", month.sent()).put("refused", month.refused())
					.put("balance", month.balance()));
		}
		return root;
	}

	public static String text(Sequence sequence, SequencePlan plan, RuleSet ruleSet) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "%s: %,d %s from %s to %s%n%n", sequence.name().isEmpty() ? "Sequence" : sequence.name(),
				plan.people(), plan.people() == 1 ? "person" : "people", plan.start(), plan.end()));
		text.append(String.format(Locale.ROOT, "%-16s %-22s %-40s %s%n", "Step", "Touch", "When", "People"));
		for (StepForecast forecast : plan.steps()) {
			Step step = forecast.step();
			String when = "day " + forecast.day() + (step.condition().isEmpty() ? "" : ", " + step.condition());
			text.append(String.format(Locale.ROOT, "%-16s %-22s %-40s %s%n", step.id(), step.label(), when, people(forecast.people())));
		}
		text.append(String.format(Locale.ROOT, "%nPaths (people expected to go the whole way):%n"));
		for (SequencePath path : new SequenceGraph(sequence).paths()) {
			text.append(String.format(Locale.ROOT, "  %s: %s, %s%n", path.label(), path.stepNames(), people(plan.people(path))));
		}
		if (!plan.credits().isEmpty()) {
			text.append(String.format(Locale.ROOT, "%nInMail credits (%s), the high case:%n", InMailCreditLedger.label(ruleSet, plan.inMailPlan())));
			plan.credits().forEach(month -> text.append(String.format(Locale.ROOT, "  month %d: %,d planned, %,d available, %,d refused%n",
					month.month(), plan.inMails()[month.month() - 1], month.available(), month.refused())));
		}
		text.append(String.format(Locale.ROOT, "%nCalendar (each step after the first only for those whose condition came true):%n"));
		for (Map.Entry<LocalDate, Map<Step, Integer>> day : plan.days().entrySet()) {
			StringBuilder line = new StringBuilder();
			day.getValue().forEach((step, count) -> line.append(line.isEmpty() ? "" : ", ").append(step.id()).append(' ').append(count));
			text.append(String.format(Locale.ROOT, "  %s %s  %s%n", day.getKey(),
					day.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), line));
		}
		return text.toString();
	}
}
