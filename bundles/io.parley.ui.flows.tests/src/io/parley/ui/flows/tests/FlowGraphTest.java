package io.parley.ui.flows.tests;

import static io.parley.ui.flows.tests.FlowHands.boxOf;
import static io.parley.ui.flows.tests.FlowHands.centre;
import static io.parley.ui.flows.tests.FlowHands.clickMessage;
import static io.parley.ui.flows.tests.FlowHands.dragEdge;
import static io.parley.ui.flows.tests.FlowHands.edgeOf;
import static io.parley.ui.flows.tests.FlowHands.field;
import static io.parley.ui.flows.tests.FlowHands.rightClickMessage;
import static io.parley.ui.flows.tests.FlowHands.tool;
import static io.parley.ui.tests.support.FormInput.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
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
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/** The graph as it opens and zooms, what only looks or picks on it, and the counters of the selected message's buttons. */
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

	/** Flat tools labelled in words ran together: the zoom tools read "Zoom In Zoom Out Fit". */
	@Test
	void everyTwoToolsHaveALineBetweenThem() throws Exception {
		Composite flowPage = (Composite) open().flowPage().getPartControl();
		Composite tools = Widgets.all(flowPage, ToolBar.class, t -> true).get(0).getParent();
		String read = Arrays.stream(tools.getChildren()).map(FlowGraphTest::read).collect(Collectors.joining(" "));
		assertEquals("Add Message | Duplicate | Delete | Rename... | Make Opening | Zoom In | Zoom Out | Fit", read);
	}

	/** A toolbar's tools as a person reads them, a line as "|". */
	private static String read(Control toolbar) {
		return Arrays.stream(((ToolBar) toolbar).getItems()).map(item -> (item.getStyle() & SWT.SEPARATOR) != 0 ? "|" : item.getText().replace("&", ""))
				.collect(Collectors.joining(" "));
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

	/**
	 * What only looks or picks on the graph edits nothing: a click on a message, a right-click (which
	 * picks the message its menu acts on), the pointer resting on a box and on an arrowhead (which shows
	 * a hand), Zoom In, Zoom Out and Fit, and an arrowhead dragged and let go on the background, on an
	 * ending or back on the message it leads to. After each the editor has nothing unsaved, Edit > Undo nothing to undo and the document is
	 * as it was; a click, a right-click and the arrowhead let go on its message select that message.
	 */
	@Test
	void lookingAndPickingOnTheGraphEditsNothing() throws Exception {
		FlowEditor editor = open();
		FlowCanvas canvas = editor.flowPage().canvas();
		String saved = editor.editing().document().serialized();
		double fitted = canvas.zoom();
		Map<String, Runnable> actions = new LinkedHashMap<>();
		actions.put("a click on Intel", () -> {
			clickMessage(editor, "intel");
			assertEquals(editor.flow().indexOf("intel"), editor.flowPage().selected(), "the click selects Intel");
		});
		actions.put("a right-click on Browsing", () -> {
			rightClickMessage(editor, "browsing");
			assertEquals(editor.flow().indexOf("browsing"), editor.flowPage().selected(), "the right-click selects Browsing for its menu");
		});
		actions.put("the pointer resting on the opening message", () -> {
			int[] centre = centre(boxOf(editor, "opening"));
			FlowHands.mouse(canvas, SWT.MouseMove, canvas.toControl(centre[0], centre[1]));
			UiWait.idle();
		});
		actions.put("Zoom In", () -> {
			tool(editor, "Zoom In");
			assertTrue(canvas.zoom() > fitted, "zoomed in: " + canvas.zoom());
		});
		actions.put("Zoom Out", () -> tool(editor, "Zoom Out"));
		actions.put("Fit", () -> {
			tool(editor, "Fit");
			assertWholeFlowInSight(canvas);
		});
		actions.put("the pointer on the arrowhead of the opening's \"Performance visibility\"", () -> {
			int[] arrow = canvas.layout().endOf(edgeOf(editor, "opening", 1));
			FlowHands.mouse(canvas, SWT.MouseMove, canvas.toControl(arrow[0], arrow[1]));
			assertEquals(canvas.control().getDisplay().getSystemCursor(SWT.CURSOR_HAND), canvas.control().getCursor(),
					"a hand says the arrowhead can be dragged");
		});
		actions.put("the arrowhead of the opening's \"Performance visibility\" let go on the background", () -> {
			int[] empty = emptyPoint(canvas.layout());
			dragEdge(editor, "opening", 1, empty[0], empty[1]);
		});
		actions.put("the arrowhead of the opening's \"Performance visibility\" let go on an ending", () -> {
			int[] ending = centre(canvas.layout().nodes().get(edgeOf(editor, "creative", 2).to()).box());
			dragEdge(editor, "opening", 1, ending[0], ending[1]);
		});
		actions.put("the arrowhead of the opening's \"Performance visibility\" let go back on Visibility", () -> {
			dragEdge(editor, "opening", 1, "visibility");
			assertEquals(editor.flow().indexOf("visibility"), editor.flowPage().selected(), "let go where it was, it is a click on Visibility");
		});
		for (Map.Entry<String, Runnable> action : actions.entrySet()) {
			action.getValue().run();
			assertFalse(editor.isDirty(), action.getKey() + " leaves nothing unsaved");
			assertFalse(Workbench.isEnabled("Edit", "Undo"), action.getKey() + " leaves nothing to undo");
			assertEquals(saved, editor.editing().document().serialized(), action.getKey() + " changes nothing");
			assertEquals("visibility", editor.flow().messages().get(0).buttons().get(1).next(), action.getKey() + ": the button still leads to Visibility");
		}
	}

	/** A point of the flow with no box and no arrowhead near it. */
	private static int[] emptyPoint(FlowLayout layout) {
		for (int x = layout.width() - 1; x > 0; x -= 10) {
			for (int y = layout.height() - 1; y > 0; y -= 10) {
				if (layout.nodeAt(x, y) < 0 && layout.edgeEndingAt(x, y, 20) < 0) {
					return new int[] { x, y };
				}
			}
		}
		throw new AssertionError("no empty point in the flow's " + layout.width() + "x" + layout.height());
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
