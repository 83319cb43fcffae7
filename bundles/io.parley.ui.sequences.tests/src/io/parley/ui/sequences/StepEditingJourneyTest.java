package io.parley.ui.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.ProblemMarkers;
import io.parley.sequences.Step;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * A person adds a step to the sample sequence, gives it a template, puts it after another outcome
 * and removes another step, through the Steps page's widgets: each time the editor is unsaved, Undo
 * gives back the file exactly, Save writes it, and the reopened editor, its timeline, plan and
 * problems show it.
 */
class StepEditingJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Sequence Step Editing Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void stepsAreAddedGivenATemplateRewiredAndRemoved() throws Exception {
		EditorJourney<SequenceEditor> journey = EditorJourney.open(copy("journey.sequence.json"), SequenceEditor.class,
				e -> e.setActivePage(StepsPage.ID));

		journey.step("Add a 1st-degree message step", editor -> {
			StepsPage page = steps(editor);
			FormInput.choose(page.newTouch(), "1st-degree message");
			Widgets.click(Widgets.button(page.getManagedForm().getForm().getBody(), "Add step"));
		}, editor -> {
			assertEquals(List.of("invite", "thank", "inmail", "call", "message"), ids(editor));
			assertEquals("call", step(editor, "message").follows());
			assertEquals(5, steps(editor).rows().size(), "a row for each step");
			assertEquals(5, editor.planned().plan().orElseThrow().steps().size(), "the funnel has the step");
			assertEquals(5, steps(editor).timeline().columns(), "the timeline has a column for the step, due the day of the call");
			assertTrue(UiWait.until(() -> markers(editor).contains("sequence.message /steps/4/message"), 5_000),
					"a step without its template is a problem: " + markers(editor));
		});

		journey.step("Give it a template", editor -> FormInput.choose(row(editor, "message").template().orElseThrow(),
				"thanks-for-connecting.template.json"), editor -> {
					assertEquals("thanks-for-connecting.template.json", step(editor, "message").message());
					assertTrue(UiWait.until(() -> !markers(editor).contains("sequence.message /steps/4/message"), 5_000), markers(editor).toString());
				});

		journey.step("Put it after the invitation, if not accepted", editor -> FormInput.choose(row(editor, "message").follows(),
				"invite, if not accepted"), editor -> {
					Step message = step(editor, "message");
					assertEquals("invite", message.follows());
					assertEquals(7, message.afterDays(), "a missing answer waits its days");
					assertTrue(editor.planned().paths().stream().anyMatch(p -> p.label().equals("Not accepted after 7 days")),
							editor.planned().paths().toString());
					assertTrue(UiWait.until(() -> markers(editor).contains("sequence.message.before-acceptance /steps/4/follows"), 5_000),
							"a message to someone who did not accept is an error: " + markers(editor));
				});

		journey.step("Put it back after the thanks, if replied", editor -> FormInput.choose(row(editor, "message").follows(),
				"thank, if replied"), editor -> assertEquals("thank", step(editor, "message").follows()));

		journey.step("Remove the thank-you step", editor -> Widgets.click(row(editor, "thank").remove()), editor -> {
			assertEquals(List.of("invite", "inmail", "call", "message"), ids(editor));
			assertEquals("invite", step(editor, "call").follows(), "the steps after it take its place");
			assertEquals("invite", step(editor, "message").follows());
			assertTrue(UiWait.until(() -> markers(editor).stream().noneMatch(m -> m.startsWith("sequence.dangling")), 5_000),
					markers(editor).toString());
		});
	}

	private static StepsPage steps(SequenceEditor editor) {
		return (StepsPage) editor.findPage(StepsPage.ID);
	}

	private static List<String> ids(SequenceEditor editor) {
		return editor.planned().sequence().steps().stream().map(Step::id).toList();
	}

	private static Step step(SequenceEditor editor, String id) {
		return editor.planned().sequence().step(id).orElseThrow();
	}

	private static StepRow row(SequenceEditor editor, String id) {
		return steps(editor).rows().get(ids(editor).indexOf(id));
	}

	/** The problems the Problems view lists for the file: rule and field. */
	private static List<String> markers(SequenceEditor editor) {
		try {
			return Arrays.stream(editor.file().findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
					.map(m -> m.getAttribute(ProblemMarkers.RULE_ID, "") + " " + m.getAttribute(ProblemMarkers.JSON_PATH, "")).toList();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static IFile copy(String name) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("cmo-follow-up.sequence.json").getContents()) {
			copy.create(new ByteArrayInputStream(sample.readAllBytes()), true, null);
		}
		return copy;
	}
}
