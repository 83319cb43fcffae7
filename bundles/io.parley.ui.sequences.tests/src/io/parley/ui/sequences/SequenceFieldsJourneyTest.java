package io.parley.ui.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.sequences.Step;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;

/**
 * The fields of the Steps page walked as a person does: the pace, a step's wait, the days a missing
 * answer waits and a task's text are each unsaved, undone exactly, redone, saved and shown again, and
 * the plan follows. Choosing a path on the Plan page only shows, and changes nothing.
 */
class SequenceFieldsJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Sequence Fields Journey Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void thePaceAndTheFieldsOfTheSteps() throws Exception {
		EditorJourney<SequenceEditor> journey = EditorJourney.open(copy("fields.sequence.json"), SequenceEditor.class,
				e -> e.setActivePage(StepsPage.ID));
		journey.step("typing in Connection requests a week", e -> FormInput.typeAtEnd(number(e, "/pace/invitationsPerWeek"), "0"), e -> {
			assertEquals("500", number(e, "/pace/invitationsPerWeek").getText());
			assertEquals(500, e.editing().document().get("/pace/invitationsPerWeek").asInt());
		});
		journey.step("typing in Messages, InMails and tasks a day", e -> FormInput.typeAtEnd(number(e, "/pace/messagesPerDay"), "5"),
				e -> assertEquals("205", number(e, "/pace/messagesPerDay").getText()));
		journey.step("typing in the thanks' Wait (days)", e -> FormInput.typeAtEnd(number(e, "/steps/1/waitDays"), "0"), e -> {
			assertEquals("10", number(e, "/steps/1/waitDays").getText());
			assertEquals(10, step(e, "thank").waitDays(), "the plan waits the days typed");
		});
		journey.step("typing in the InMail's No answer after (days)", e -> FormInput.typeAtEnd(number(e, "/steps/2/follows/afterDays"), "0"),
				e -> {
					assertEquals("140", number(e, "/steps/2/follows/afterDays").getText());
					assertEquals(140, step(e, "inmail").afterDays());
				});
		journey.step("typing in the call's Task", e -> FormInput.typeAtEnd(task(e, "/steps/3/task"), " with the CMO"), e -> {
			assertEquals("Sales call with the CMO", task(e, "/steps/3/task").getText());
			assertEquals("Sales call with the CMO", e.editing().document().text("/steps/3/task"));
		});
	}

	@Test
	void choosingAPathOnThePlanPageChangesNothing() throws Exception {
		SequenceEditor editor = EditorJourney.open(copy("paths.sequence.json"), SequenceEditor.class, e -> e.setActivePage(PlanPage.ID))
				.editor();
		String before = editor.editing().document().serialized();
		PlanPage plan = (PlanPage) editor.findPage(PlanPage.ID);
		for (String path : plan.path().getItems()) {
			FormInput.choose(plan.path(), path);
		}
		assertEquals(before, editor.editing().document().serialized());
		assertFalse(editor.isDirty(), "a path is a way to look at the plan, not part of the sequence");
	}

	private static Text number(SequenceEditor editor, String pointer) {
		return assertInstanceOf(Text.class, editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no field " + pointer)));
	}

	private static StyledText task(SequenceEditor editor, String pointer) {
		return assertInstanceOf(StyledText.class, editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no field " + pointer)));
	}

	private static Step step(SequenceEditor editor, String id) {
		return editor.planned().sequence().step(id).orElseThrow();
	}

	private static IFile copy(String name) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("cmo-follow-up.sequence.json").getContents()) {
			copy.create(new ByteArrayInputStream(sample.readAllBytes()), true, null);
		}
		return copy;
	}
}
