package io.parley.ui.flows.tests;

import static io.parley.ui.flows.tests.FlowHands.field;
import static io.parley.ui.flows.tests.FlowHands.tool;
import static io.parley.ui.tests.support.FormInput.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.model.flow.FlowLayout;
import io.parley.model.rules.MessageFormat;
import io.parley.model.validation.LengthLimit;
import io.parley.ui.flows.FlowCanvas;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.flows.FlowPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;

/** The graph as it opens and zooms, and the counters of the selected message's buttons. */
class FlowGraphTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Flow Graph Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theGraphOpensShowingTheWholeFlowWithMessagesByName() throws Exception {
		FlowEditor editor = open();
		FlowCanvas canvas = editor.flowPage().canvas();
		assertWholeFlowInSight(canvas);
		assertEquals("▶ opening", canvas.titleOf(0), "the opening message is titled by its name");
		assertEquals("creative", canvas.titleOf(1));
	}

	@Test
	void zoomedInTheGraphStillShowsANewMessageAndFitShowsAllAgain() throws Exception {
		FlowEditor editor = open();
		FlowCanvas canvas = editor.flowPage().canvas();
		double fitted = canvas.zoom();
		tool(editor, "Zoom In");
		tool(editor, "Zoom In");
		assertTrue(canvas.zoom() > fitted, "zoomed in: " + canvas.zoom());
		tool(editor, "Add Message");
		int added = editor.flow().messages().size() - 1;
		assertEquals(added, editor.flowPage().selected(), "the new message is selected");
		Rectangle area = canvas.control().getClientArea();
		var box = canvas.layout().nodes().get(canvas.layout().nodeOf(added)).box();
		assertTrue(area.contains(canvas.toControl(box.x(), box.y())) && area.contains(canvas.toControl(box.x() + box.width(), box.y() + box.height())),
				"the new message is scrolled into sight");
		tool(editor, "Zoom Out");
		tool(editor, "Fit");
		assertWholeFlowInSight(canvas);
	}

	/** The arrow keys walk the messages, Ctrl+wheel zooms, dragging the background moves the graph: none of it edits. */
	@Test
	void movingAroundTheGraphChangesNothing() throws Exception {
		FlowEditor editor = open();
		FlowCanvas canvas = editor.flowPage().canvas();
		key(canvas.control(), SWT.ARROW_DOWN, 0);
		assertEquals(1, editor.flowPage().selected(), "↓ selects the next message");
		key(canvas.control(), SWT.ARROW_UP, 0);
		assertEquals(0, editor.flowPage().selected(), "↑ the one before");
		double fitted = canvas.zoom();
		Event wheel = new Event();
		wheel.count = 3;
		wheel.stateMask = SWT.MOD1;
		canvas.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(canvas.zoom() > fitted, "Ctrl+wheel zooms in: " + canvas.zoom());
		Point empty = canvas.toControl(FlowLayout.MARGIN + FlowLayout.MESSAGE_WIDTH + 10, 5);
		int scrolled = canvas.control().getHorizontalBar().getSelection();
		FlowHands.mouse(canvas, SWT.MouseDown, empty);
		FlowHands.mouse(canvas, SWT.MouseMove, new Point(empty.x - 100, empty.y));
		FlowHands.mouse(canvas, SWT.MouseUp, new Point(empty.x - 100, empty.y));
		assertTrue(canvas.control().getHorizontalBar().getSelection() != scrolled, "dragging the background moves the graph");
		assertFalse(editor.isDirty(), "moving around is no edit");
	}

	@Test
	void aButtonsCounterShowsItsLimitFromTheRuleSet() throws Exception {
		FlowEditor editor = open();
		String pointer = "/messages/0/buttons/0/text";
		List<LengthLimit> limits = editor.diagnostics().context().lengthLimits(MessageFormat.CONVERSATION_AD, pointer);
		assertEquals(1, limits.size(), "the rule set limits a button's text: " + limits);
		Composite column = field((Composite) editor.flowPage().getPartControl(), pointer).getParent();
		Label counter = (Label) List.of(column.getChildren()).stream().filter(Label.class::isInstance).map(Control.class::cast)
				.findFirst().orElseThrow();
		assertEquals("19 / " + limits.get(0).max(), counter.getText(), "\"Creative production\" against its limit");
	}

	private static FlowEditor open() throws Exception {
		FlowEditor editor = EditorJourney.open(project.getFile("software-demo.flow.json"), FlowEditor.class,
				e -> e.setActivePage(FlowPage.ID)).editor();
		UiWait.idle();
		return editor;
	}

	/**
	 * The whole flow in sight where it fits at a size its names can be read, scrolled to the start;
	 * where it does not, the names at that size and the selected message in sight, the rest to scroll to.
	 */
	private static void assertWholeFlowInSight(FlowCanvas canvas) {
		Rectangle area = canvas.control().getClientArea();
		double whole = Math.min(area.width / (double) canvas.layout().width(), area.height / (double) canvas.layout().height());
		if (whole >= canvas.readableZoom()) {
			assertTrue(canvas.layout().width() * canvas.zoom() <= area.width + 1 && canvas.layout().height() * canvas.zoom() <= area.height + 1,
					"the whole flow (" + canvas.layout().width() + "x" + canvas.layout().height() + " at " + canvas.zoom() + ") shows in " + area);
			assertEquals(List.of(0, 0), List.of(canvas.control().getHorizontalBar().getSelection(), canvas.control().getVerticalBar().getSelection()),
					"scrolled to the start");
		} else {
			assertEquals(canvas.readableZoom(), canvas.zoom(), 1e-9, "the flow fits " + area + " only at " + whole + ": names readable, the rest scrolled to");
			var box = canvas.layout().nodes().get(canvas.layout().nodeOf(canvas.selected())).box();
			assertTrue(area.contains(canvas.toControl(box.x(), box.y())) && area.contains(canvas.toControl(box.x() + box.width(), box.y() + box.height())),
					"the selected message is in sight");
		}
	}
}
