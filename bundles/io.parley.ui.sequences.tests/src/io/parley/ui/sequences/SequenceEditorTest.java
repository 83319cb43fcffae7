package io.parley.ui.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.headless.CommandApplication;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/** The sample sequence in its editor: timeline, steps with counters, funnel and calendar with the totals of parley plan. */
class SequenceEditorTest {

	private static final String SAMPLE = "cmo-follow-up.sequence.json";
	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Sequence Editor Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void thePlanPageShowsTheFiguresParleyPlanPrints() throws Exception {
		try (LoggedErrors log = LoggedErrors.watch()) {
			SequenceEditor editor = open();
			PlanPage plan = (PlanPage) editor.setActivePage(PlanPage.ID);
			UiWait.idle();
			FormInput.choose(plan.path(), PlanPage.EVERY_STEP);
			JsonNode printed = parleyPlan();
			assertEquals(String.format("%d people from %s to %s.", printed.path("people").asInt(), printed.path("start").asText(),
					printed.path("end").asText()), plan.summary().getText());
			List<String> calendarDays = new ArrayList<>();
			int touches = 0;
			for (TableItem row : plan.calendar().getItems()) {
				calendarDays.add(row.getText(0).substring(0, 10));
				for (int column = 1; column < plan.calendar().getColumnCount(); column++) {
					touches += row.getText(column).isEmpty() ? 0 : Integer.parseInt(row.getText(column));
				}
			}
			List<String> printedDays = new ArrayList<>();
			int printedTouches = 0;
			for (JsonNode day : printed.path("days")) {
				printedDays.add(day.path("date").asText());
				for (JsonNode count : day.path("touches")) {
					printedTouches += count.asInt();
				}
			}
			assertEquals(printedDays, calendarDays);
			assertEquals(printedTouches, touches);
			assertEquals(20, touches, "five people, four steps");
			assertEquals(printed.at("/inMailCredits/months").size(), plan.credits().getItemCount());
			UiWait.idle();
			Screenshots.save(shell(), "sequence-plan");
			log.assertNone("while showing the sample sequence's plan");
		}
	}

	@Test
	void theStepsPageShowsEachStepsMessageAndAWaitThatNeverEndsIsAProblemUndoTakesBack() throws Exception {
		SequenceEditor editor = open();
		StepsPage steps = (StepsPage) editor.setActivePage(StepsPage.ID);
		UiWait.idle();
		assertTrue(editor.diagnostics().all().isEmpty(), editor.diagnostics().all().toString());
		Text afterDays = Widgets.all(steps.getManagedForm().getForm().getBody(), Text.class, t -> t.getText().equals("14")).get(0);
		assertTrue(steps.stepText().contains("connection-note.template.json  ·  body 193 / 300"), steps.stepText());
		UiWait.idle();
		Screenshots.save(shell(), "sequence-steps");

		afterDays.setText("");
		assertTrue(UiWait.until(() -> editor.diagnostics().all().stream().anyMatch(d -> d.ruleId().equals("sequence.dead-end")), 5_000),
				editor.diagnostics().all().toString());
		assertTrue(UiWait.until(() -> steps.stepText().contains("wait forever"), 5_000), steps.stepText());
		assertTrue(editor.isDirty());
		OperationHistoryFactory.getOperationHistory().undo(editor.editing().undoContext(), null, null);
		assertTrue(UiWait.until(() -> editor.diagnostics().all().isEmpty(), 5_000), editor.diagnostics().all().toString());
		assertEquals("14", afterDays.getText());
		assertFalse(editor.isDirty());
	}

	@Test
	void theCalendarShowsTheDaysOfOnePathTheMainOneFirst() throws Exception {
		SequenceEditor editor = open();
		PlanPage plan = (PlanPage) editor.setActivePage(PlanPage.ID);
		UiWait.idle();
		assertEquals(List.of("Accepted, then replied (invite, thank, call)", "Not accepted after 14 days (invite, inmail)", PlanPage.EVERY_STEP),
				List.of(plan.path().getItems()));
		assertEquals(0, plan.path().getSelectionIndex(), "the main path comes first");
		assertEquals(List.of("Day", "invite", "thank", "call"), columns(plan));
		JsonNode printed = parleyPlan();
		assertEquals(5, touches(plan, 1), "everyone is invited");
		assertEquals(List.of(PlanPage.EXPECTED_IN_ALL, "5", "1-2", "0-1"), lastRow(plan), "each step's people, as parley plan prints them");
		assertEquals(List.of(PlanPage.EXPECTED_IN_ALL, stepPeople(printed, "invite"), stepPeople(printed, "thank"),
				stepPeople(printed, "call")), lastRow(plan));
		assertEquals(people(printed.at("/paths/0/people")), lastRow(plan).get(3), "the path's last step: those who go the whole way");
		assertTrue(plan.pathSummary().getText().startsWith("0-1 of 5 people are expected to go this way."), plan.pathSummary().getText());
		assertEquals("1st-degree message, if accepted, 1-2 expected", plan.calendar().getColumn(2).getToolTipText());
		assertTrue(dayRows(plan).stream().anyMatch(row -> row.get(2).equals("1-2")), "a day's expected people at thank, not its five slots");

		FormInput.choose(plan.path(), "Not accepted after 14 days (invite, inmail)");
		assertEquals(List.of("Day", "invite", "inmail"), columns(plan));
		assertEquals(List.of(PlanPage.EXPECTED_IN_ALL, "5", people(printed.at("/paths/1/people"))), lastRow(plan));
		assertEquals("3-4", lastRow(plan).get(2));
		assertTrue(plan.pathSummary().getText().startsWith("3-4 of 5 people are expected to go this way."), plan.pathSummary().getText());
		UiWait.idle();
		Screenshots.save(shell(), "sequence-plan-not-accepted");
	}

	private static List<String> columns(PlanPage plan) {
		return java.util.Arrays.stream(plan.calendar().getColumns()).map(c -> c.getText()).toList();
	}

	/** The sum of a column of whole numbers over the calendar's days. */
	private static int touches(PlanPage plan, int column) {
		return dayRows(plan).stream().mapToInt(row -> row.get(column).isEmpty() ? 0 : Integer.parseInt(row.get(column))).sum();
	}

	private static List<List<String>> rows(PlanPage plan) {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : plan.calendar().getItems()) {
			List<String> row = new ArrayList<>();
			for (int column = 0; column < plan.calendar().getColumnCount(); column++) {
				row.add(item.getText(column));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<List<String>> dayRows(PlanPage plan) {
		List<List<String>> rows = rows(plan);
		return rows.subList(0, rows.size() - 1);
	}

	private static List<String> lastRow(PlanPage plan) {
		List<List<String>> rows = rows(plan);
		return rows.get(rows.size() - 1);
	}

	private static String stepPeople(JsonNode printed, String step) {
		for (JsonNode forecast : printed.path("steps")) {
			if (forecast.path("id").asText().equals(step)) {
				return people(forecast.path("people"));
			}
		}
		throw new AssertionError("parley plan prints no step " + step + ": " + printed);
	}

	/** A range as parley plan --format json gives it, written as the studio writes it: "1-2", or "5". */
	private static String people(JsonNode range) {
		long low = range.path("low").asLong();
		long high = range.path("high").asLong();
		return low == high ? String.valueOf(low) : low + "-" + high;
	}

	private static JsonNode parleyPlan() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String file = project.getFile(SAMPLE).getLocation().toOSString();
		assertEquals(0, CommandApplication.run(new String[] { "plan", file, "--format", "json" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
		return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
	}

	private static SequenceEditor open() throws Exception {
		IFile file = project.getFile(SAMPLE);
		return (SequenceEditor) IDE.openEditor(page(), file, SequenceEditor.ID);
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
