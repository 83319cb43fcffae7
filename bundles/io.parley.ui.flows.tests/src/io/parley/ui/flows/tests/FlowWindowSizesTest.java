package io.parley.ui.flows.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.flows.ConversationPage;
import io.parley.ui.flows.FlowCanvas;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.flows.FlowPage;
import io.parley.ui.flows.PathsPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.ProblemsShown;
import io.parley.ui.tests.support.ReadableText;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.WindowSizes;

/**
 * Every page of the flow editor beside the explorer, as the studio opens it, at its default window and at
 * 1024x768: wrapped or scrolled, nothing cut off.
 */
class FlowWindowSizesTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Flow Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void flowPage() throws Exception {
		assertNothingClipped(FlowPage.ID, "flow-flow");
	}

	/** The graph is not zoomed out past where its names can be read: it scrolls instead, the opening message in sight. */
	@Test
	void theGraphsNamesStayReadable() throws Exception {
		FlowEditor editor = EditorJourney.open(project.getFile("software-demo.flow.json"), FlowEditor.class, e -> e.setActivePage(FlowPage.ID))
				.editor();
		WindowSizes.besideTheViews(editor);
		FlowCanvas canvas = editor.flowPage().canvas();
		int points = canvas.control().getDisplay().getSystemFont().getFontData()[0].getHeight();
		List<String> unreadable = new ArrayList<>();
		WindowSizes.atEach((size, named) -> {
			if (canvas.zoom() * points < 8) {
				unreadable.add(named + ": names drawn at " + canvas.zoom() * points + " pt");
			}
			var box = canvas.layout().nodes().get(canvas.layout().nodeOf(canvas.selected())).box();
			if (!canvas.control().getClientArea().contains(canvas.toControl(box.x(), box.y() + box.height()))) {
				unreadable.add(named + ": the opening message is out of sight");
			}
		});
		assertEquals(List.of(), unreadable, "names too small to read or out of sight; see " + WindowSizes.folder());
	}

	/** A message whose buttons end in a form, a page and a close: a field and a note beside the action. */
	@Test
	void flowPageWithEndings() throws Exception {
		assertNothingClipped(FlowPage.ID, "flow-flow-endings", editor -> editor.flowPage().select(editor.flow().indexOf("creative")));
	}

	@Test
	void pathsPage() throws Exception {
		assertNothingClipped(PathsPage.ID, "flow-paths");
	}

	@Test
	void conversationPage() throws Exception {
		assertNothingClipped(ConversationPage.ID, "flow-conversation");
	}

	private static void assertNothingClipped(String pageId, String name) throws Exception {
		assertNothingClipped(pageId, name, editor -> {
		});
	}

	private static void assertNothingClipped(String pageId, String name, Consumer<FlowEditor> prepare) throws Exception {
		FlowEditor editor = EditorJourney.open(project.getFile("software-demo.flow.json"), FlowEditor.class, e -> {
			e.setActivePage(pageId);
			prepare.accept(e);
		}).editor();
		WindowSizes.besideTheViews(editor);
		Composite area = (Composite) ((ParleyFormPage) editor.findPage(pageId)).getPartControl();
		List<String> clipped = new ArrayList<>(WindowSizes.screenshotsAndClipping(area, name));
		WindowSizes.atEach((size, named) -> {
			clipped.addAll(WindowSizes.columnsCutShort(area).stream().map(c -> named + ": " + c).toList());
			if (!ProblemsShown.inHeading(editor)) {
				clipped.add(named + ": the heading does not sum up the problems whole: " + ProblemsShown.heading(editor));
			}
		});
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), SidewaysScrolling.under(area), "scrolls sideways");
		assertEquals(List.of(), ReadableText.notInAPersonsWords(area), "names a person does not use");
		FormScreenshots.scrolledToEnd(editor.findPage(pageId).getManagedForm().getForm(), name);
	}
}
