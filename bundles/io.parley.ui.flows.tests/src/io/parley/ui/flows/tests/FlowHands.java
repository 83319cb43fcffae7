package io.parley.ui.flows.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import io.parley.model.flow.FlowLayout;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.flows.FlowCanvas;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/** The flow editor used as a person uses it: toolbar, graph, context menu, keys and fields, all through SWT events. */
final class FlowHands {

	private FlowHands() {
	}

	static Composite page(FlowEditor editor, String pageId) {
		return (Composite) ((ParleyFormPage) editor.findPage(pageId)).getPartControl();
	}

	/** Clicks a tool of the Flow page's toolbar by its text. */
	static void tool(FlowEditor editor, String text) {
		Composite flowPage = (Composite) editor.flowPage().getPartControl();
		ToolItem tool = Widgets.all(flowPage, ToolBar.class, t -> true).stream().flatMap(t -> Arrays.stream(t.getItems()))
				.filter(i -> i.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + text));
		if (!tool.isEnabled()) {
			throw new AssertionError(text + " is disabled");
		}
		tool.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}

	/** Chooses an item of the graph's context menu. */
	static void contextMenu(FlowEditor editor, String text) {
		Menu menu = editor.flowPage().canvas().control().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		try {
			MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
					.orElseThrow(() -> new AssertionError("no menu item " + text));
			item.notifyListeners(SWT.Selection, new Event());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
		UiWait.idle();
	}

	/** Clicks the box of a message on the graph. */
	static void clickMessage(FlowEditor editor, String id) {
		clickMessage(editor, id, 1);
	}

	/** Clicks the box of a message with the right button, as a person does to open its context menu. */
	static void rightClickMessage(FlowEditor editor, String id) {
		clickMessage(editor, id, 3);
	}

	private static void clickMessage(FlowEditor editor, String id, int button) {
		FlowCanvas canvas = editor.flowPage().canvas();
		int[] centre = centre(boxOf(editor, id));
		Point at = canvas.toControl(centre[0], centre[1]);
		mouse(canvas, SWT.MouseDown, at, button);
		mouse(canvas, SWT.MouseUp, at, button);
		UiWait.idle();
	}

	/** Drags the arrowhead of a button's edge onto another message's box, as the mouse does. */
	static void dragEdge(FlowEditor editor, String from, int button, String onto) {
		int[] target = centre(boxOf(editor, onto));
		dragEdge(editor, from, button, target[0], target[1]);
	}

	/** Drags the arrowhead of a button's edge and lets it go at a point of the flow. */
	static void dragEdge(FlowEditor editor, String from, int button, int flowX, int flowY) {
		FlowCanvas canvas = editor.flowPage().canvas();
		int[] arrow = canvas.layout().endOf(edgeOf(editor, from, button));
		Point drop = canvas.toControl(flowX, flowY);
		mouse(canvas, SWT.MouseDown, canvas.toControl(arrow[0], arrow[1]));
		mouse(canvas, SWT.MouseMove, drop);
		mouse(canvas, SWT.MouseUp, drop);
		UiWait.idle();
	}

	static FlowLayout.Edge edgeOf(FlowEditor editor, String from, int button) {
		int message = editor.flow().indexOf(from);
		return editor.flowPage().canvas().layout().edges().stream().filter(e -> e.message() == message && e.button() == button)
				.findFirst().orElseThrow(() -> new AssertionError("no edge for button " + button + " of " + from));
	}

	static FlowLayout.Box boxOf(FlowEditor editor, String id) {
		FlowLayout layout = editor.flowPage().canvas().layout();
		return layout.nodes().get(layout.nodeOf(editor.flow().indexOf(id))).box();
	}

	static int[] centre(FlowLayout.Box box) {
		return new int[] { box.x() + box.width() / 2, box.y() + box.height() / 2 };
	}

	static void mouse(FlowCanvas canvas, int type, Point at) {
		mouse(canvas, type, at, 1);
	}

	private static void mouse(FlowCanvas canvas, int type, Point at, int button) {
		int held = button == 3 ? SWT.BUTTON3 : SWT.BUTTON1;
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = type == SWT.MouseMove ? 0 : button;
		event.stateMask = type == SWT.MouseDown ? 0 : held;
		canvas.control().notifyListeners(type, event);
	}

	/** The field bound to {@code pointer} on a page. */
	static StyledText field(Composite page, String pointer) {
		List<StyledText> found = Widgets.all(page, StyledText.class, t -> pointer.equals(t.getData("pointer")));
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " fields for " + pointer);
		}
		return found.get(0);
	}

	/** Types {@code typed} at the end of the field, key by key. */
	static void typeAtEnd(Composite page, String pointer, String typed) {
		FormInput.typeAtEnd(field(page, pointer), typed);
	}

	/** The combo of a button row that {@code pointer} names: a button's action, or its next message at ".../next". */
	static Combo combo(Composite page, String pointer) {
		List<Combo> found = Widgets.all(page, Combo.class, c -> pointer.equals(c.getData("pointer")));
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " choices for " + pointer);
		}
		return found.get(0);
	}

	/** The {@code row}th button (from 0) labelled {@code text} on a page. */
	static void click(Composite page, String text, int row) {
		List<Button> buttons = Widgets.all(page, Button.class, b -> b.isVisible() && b.getText().equals(text));
		Widgets.click(buttons.get(row));
	}

	/** Answers the next dialog titled {@code title}, once it opens, with {@code value} and OK. */
	static void answerDialog(String title, String value) {
		Display display = Display.getCurrent();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText())).findFirst().orElse(null);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				Widgets.all(dialog, Text.class, t -> true).get(0).setText(value);
				Widgets.click(Widgets.button(dialog, "OK"));
			}
		});
	}
}
