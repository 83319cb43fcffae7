package io.parley.ui.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.ReadableText;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;

/**
 * Both pages of the sequence editor beside the explorer, at the studio's default window and at
 * 1024x768: the steps with their drop-downs whole, and the plan's funnel, calendar (for each path)
 * and InMail credits, wrapped or scrolled down, nothing cut off and in a person's words.
 */
class SequenceWindowSizesTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Sequence Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	/**
	 * The timeline's boxes show their texts whole, wrapped; each step's After: and Template:
	 * drop-downs show their longest choice whole, the step's choices wrapping where the page is narrow.
	 */
	@Test
	void stepsPage() throws Exception {
		SequenceEditor editor = open(StepsPage.ID);
		StepsPage steps = (StepsPage) editor.findPage(StepsPage.ID);
		assertTrue(steps.rows().size() >= 4, "the sample's steps are shown: " + steps.rows().size());
		List<String> cutShort = new ArrayList<>();
		WindowSizes.atEach((size, named) -> steps.timeline().cutShort().forEach(text -> cutShort.add(named + ": " + text)));
		assertEquals(List.of(), cutShort, "the timeline's texts cut short");
		assertNothingClipped(editor, StepsPage.ID, "sequence-steps");
	}

	/** The plan for each path of the sample, and for every step. */
	@Test
	void planPage() throws Exception {
		SequenceEditor editor = open(PlanPage.ID);
		PlanPage plan = (PlanPage) editor.findPage(PlanPage.ID);
		String[] paths = plan.path().getItems();
		assertTrue(paths.length >= 3, "the sample's paths and every step: " + List.of(paths));
		for (int i = 0; i < paths.length; i++) {
			FormInput.choose(plan.path(), paths[i]);
			UiWait.idle();
			assertNothingClipped(editor, PlanPage.ID, "sequence-plan-" + (i + 1));
		}
	}

	private static void assertNothingClipped(SequenceEditor editor, String pageId, String name) throws Exception {
		Composite area = (Composite) editor.findPage(pageId).getPartControl();
		assertEquals(List.of(), WindowSizes.screenshotsAndClipping(area, name), "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), SidewaysScrolling.ofPages(area), "scrolls sideways");
		assertEquals(List.of(), ReadableText.notInAPersonsWords(area), "names a person does not use");
		FormScreenshots.scrolledToEnd(editor.findPage(pageId).getManagedForm().getForm(), name);
	}

	private static SequenceEditor open(String pageId) throws Exception {
		SequenceEditor editor = (SequenceEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
				project.getFile("cmo-follow-up.sequence.json"), SequenceEditor.ID);
		editor.setActivePage(pageId);
		UiWait.idle();
		return editor;
	}
}
