package io.parley.sequences.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.forecast.Range;
import io.parley.model.validation.RuleCatalog;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceDocument;
import io.parley.sequences.SequenceGraph;
import io.parley.sequences.SequencePath;
import io.parley.sequences.SequenceReader;
import io.parley.sequences.Step;
import io.parley.sequences.Touch;

/** Seed 002's workflow planned for 300 people: ranges from the rule set, every day within its limits. */
class PlannerTest {

	@TempDir
	Path folder;

	private SequencePlan plan(int people) throws IOException {
		return new Planner(RuleCatalog.builtIn().defaultSet()).plan(sequence(), Planner.numbered(people), LocalDate.of(2026, 12, 8));
	}

	private Sequence sequence() throws IOException {
		Path file = folder.resolve("outreach.sequence.json");
		java.nio.file.Files.writeString(file, """
				{"schema": "parley.sequence/1", "inMailPlan": "SALES_NAVIGATOR_CORE", "pace": {"messagesPerDay": 25},
				 "steps": [
				  {"id": "invite", "touch": "CONNECTION_NOTE", "message": "invite.template.json"},
				  {"id": "follow-up", "touch": "MESSAGE", "message": "follow-up.template.json",
				   "follows": {"step": "invite", "outcome": "ACCEPTED"}, "waitDays": 1},
				  {"id": "reach-out", "touch": "INMAIL", "message": "reach-out.template.json",
				   "follows": {"step": "invite", "outcome": "NOT_ACCEPTED", "afterDays": 14}}]}""");
		return SequenceDocument.read(file);
	}

	@Test
	void peopleAtEachStepAreRangesFromTheRuleSet() throws IOException {
		SequencePlan plan = plan(300);
		assertEquals(300, plan.steps().get(0).people().low());
		assertEquals(60, plan.steps().get(1).people().low(), 1e-9);
		assertEquals(120, plan.steps().get(1).people().high(), 1e-9);
		assertEquals(180, plan.steps().get(2).people().low(), 1e-9);
		assertEquals(240, plan.steps().get(2).people().high(), 1e-9);
		assertEquals(14, plan.steps().get(2).day());
	}

	@Test
	void everyDayKeepsTheWeeklyInvitationLimitAndInMailGoesTuesdayToThursday() throws IOException {
		SequencePlan plan = plan(300);
		assertEquals(900, plan.touches().size());
		Map<LocalDate, Long> invitationsByDay = plan.touches().stream().filter(t -> t.step().touch() == Touch.CONNECTION_NOTE)
				.collect(Collectors.groupingBy(PlannedTouch::date, Collectors.counting()));
		assertTrue(invitationsByDay.values().stream().allMatch(n -> n <= 20), invitationsByDay.toString());
		Map<Integer, Long> invitationsByWeek = plan.touches().stream().filter(t -> t.step().touch() == Touch.CONNECTION_NOTE)
				.collect(Collectors.groupingBy(t -> t.date().get(WeekFields.ISO.weekOfWeekBasedYear()), Collectors.counting()));
		assertTrue(invitationsByWeek.values().stream().allMatch(n -> n <= 100), invitationsByWeek.toString());
		assertTrue(plan.touches().stream().filter(t -> t.step().touch() == Touch.INMAIL).map(t -> t.date().getDayOfWeek())
				.allMatch(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)::contains));
		Map<LocalDate, Long> handSent = plan.touches().stream().filter(t -> t.step().touch() != Touch.CONNECTION_NOTE)
				.collect(Collectors.groupingBy(PlannedTouch::date, Collectors.counting()));
		assertTrue(handSent.values().stream().allMatch(n -> n <= 25), handSent.toString());
		assertTrue(plan.touches().stream().noneMatch(t -> t.date().getDayOfWeek().getValue() > 5));
	}

	@Test
	void eachPersonsFollowUpComesAfterTheirInvitation() throws IOException {
		SequencePlan plan = plan(300);
		Map<Long, LocalDate> invited = plan.touches().stream().filter(t -> t.step().id().equals("invite"))
				.collect(Collectors.toMap(t -> t.person().row(), PlannedTouch::date));
		plan.touches().stream().filter(t -> t.step().id().equals("reach-out"))
				.forEach(t -> assertTrue(!t.date().isBefore(invited.get(t.person().row()).plusDays(14)), t.toString()));
	}

	@Test
	void eachPathHasItsOwnDaysAndThePeopleExpectedToGoTheWholeWay() throws IOException {
		List<SequencePath> paths = new SequenceGraph(sequence()).paths();
		assertEquals(List.of("Accepted", "Not accepted after 14 days"), paths.stream().map(SequencePath::label).toList());
		assertEquals("invite, follow-up", paths.get(0).stepNames());
		SequencePlan plan = plan(300);
		SortedMap<LocalDate, Map<Step, Integer>> accepted = plan.days(paths.get(0));
		assertEquals(600, total(accepted), "everyone invited, everyone's follow-up kept a day in case they accept");
		assertTrue(accepted.values().stream().allMatch(day -> day.keySet().stream().map(Step::id).toList().equals(List.of("invite"))
				|| day.keySet().stream().map(Step::id).toList().equals(List.of("follow-up"))
				|| day.keySet().stream().map(Step::id).toList().equals(List.of("invite", "follow-up"))), accepted.toString());
		assertEquals(total(plan.days()), total(accepted) + total(plan.days(paths.get(1))) - 300, "the first step is on both paths");
		assertEquals(60, plan.people(paths.get(0)).low(), 1e-9);
		assertEquals(240, plan.people(paths.get(1)).high(), 1e-9);
	}

	@Test
	void aPathsDaysShowThePeopleExpectedAtEachStepAddingUpToWhatParleyPlanPrints() throws IOException {
		SequencePath accepted = new SequenceGraph(sequence()).paths().get(0);
		SequencePlan plan = plan(300);
		SortedMap<LocalDate, Map<Step, Range>> expected = plan.expected(accepted);
		assertEquals(plan.days(accepted).keySet(), expected.keySet());
		for (Step step : accepted.steps()) {
			double low = expected.values().stream().filter(day -> day.containsKey(step)).mapToDouble(day -> day.get(step).low()).sum();
			double high = expected.values().stream().filter(day -> day.containsKey(step)).mapToDouble(day -> day.get(step).high()).sum();
			Range people = plan.forecast(step).orElseThrow().people();
			assertEquals(people.low(), low, 1e-6, step.id());
			assertEquals(people.high(), high, 1e-6, step.id());
		}
		LocalDate firstFollowUp = plan.days(accepted).entrySet().stream().filter(day -> day.getValue().keySet().stream().anyMatch(s -> s.id().equals("follow-up")))
				.findFirst().orElseThrow().getKey();
		Step followUp = accepted.end();
		int slots = plan.days(accepted).get(firstFollowUp).get(followUp);
		assertEquals(round(new Range(slots * 0.2, slots * 0.4)), round(expected.get(firstFollowUp).get(followUp)), "the day's slots times acceptance, 20-40%");
		assertEquals(plan.people(accepted), plan.forecast(followUp).orElseThrow().people(), "the path's people are its last step's");
	}

	private static Range round(Range range) {
		return new Range(Math.round(range.low() * 1e6) / 1e6, Math.round(range.high() * 1e6) / 1e6);
	}

	@Test
	void aPathSaysTheOutcomesThatLeadAlongIt() throws IOException {
		Sequence sequence = new SequenceReader().read(SequenceDocument.parse("""
				{"steps": [{"id": "invite", "touch": "CONNECTION_NOTE"},
				 {"id": "thank", "touch": "MESSAGE", "follows": {"step": "invite", "outcome": "ACCEPTED"}},
				 {"id": "call", "touch": "TASK", "follows": {"step": "thank", "outcome": "REPLIED"}},
				 {"id": "nudge", "touch": "MESSAGE", "follows": {"step": "thank", "outcome": "NO_REPLY", "afterDays": 7}}]}"""));
		assertEquals(List.of("Accepted, then replied", "Accepted, then no reply after 7 days"),
				new SequenceGraph(sequence).paths().stream().map(SequencePath::label).toList());
		Sequence single = new SequenceReader().read(SequenceDocument.parse("""
				{"steps": [{"id": "invite", "touch": "CONNECTION_NOTE"}]}"""));
		assertEquals("Everyone", new SequenceGraph(single).paths().get(0).label());
	}

	private static int total(SortedMap<LocalDate, Map<Step, Integer>> days) {
		return days.values().stream().flatMap(day -> day.values().stream()).mapToInt(Integer::intValue).sum();
	}

	@Test
	void inMailCreditsComeFromTheLedger() throws IOException {
		SequencePlan plan = plan(300);
		assertTrue(plan.inMails().length >= 1);
		assertEquals(plan.inMails().length, plan.credits().size());
		assertEquals(50, plan.credits().get(0).allotted());
		assertEquals(240, java.util.Arrays.stream(plan.inMails()).sum(), 3);
	}
}
