package io.parley.ui.tests.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The window sizes people use, and what a person would see wrong at each: a control reaching past
 * the edge of what holds it (and no scroll bar to reach it), or a label, button or drop-down too
 * narrow for its text.
 */
public final class WindowSizes {

	/** The studio's default window on a 1600x1000 screen, and a small laptop's whole screen. */
	public static final List<Point> PEOPLE_USE = List.of(new Point(1274, 831), new Point(1024, 768));

	private static final int TOLERANCE = 2;

	private WindowSizes() {
	}

	/** What a test does with the studio's window at one of the sizes people use. */
	@FunctionalInterface
	public interface AtSize {
		void at(Point size, String named) throws Exception;
	}

	/**
	 * Sizes the studio's window to each of {@link #PEOPLE_USE}, lays it out and lets it settle, then
	 * does {@code step} (given the size and its name, {@code WIDTHxHEIGHT}); the window gets its own
	 * size back afterwards, whatever the step threw.
	 */
	public static void atEach(AtSize step) throws Exception {
		Shell shell = Workbench.shell();
		Rectangle original = shell.getBounds();
		try {
			for (Point size : PEOPLE_USE) {
				shell.setBounds(0, 0, size.x, size.y);
				shell.layout(true, true);
				UiWait.idle();
				step.at(size, size.x + "x" + size.y);
			}
		} finally {
			shell.setBounds(original);
			UiWait.idle();
		}
	}

	/**
	 * At each of {@link #PEOPLE_USE}, saves a screenshot named {@code name-WIDTHxHEIGHT} and returns
	 * what looks cut off under {@code area}.
	 */
	public static List<String> screenshotsAndClipping(Composite area, String name) throws Exception {
		List<String> clipped = new ArrayList<>();
		atEach((size, named) -> {
			Screenshots.save(Workbench.shell(), name + "-" + named);
			clipped.addAll(clipped(area).stream().map(c -> named + ": " + c).toList());
		});
		return clipped;
	}

	/**
	 * Puts {@code editor} back where the studio's default layout shows it, beside the Project Explorer
	 * and above the Problems view, after a journey maximized it: the width a person works in.
	 */
	public static void besideTheViews(IWorkbenchPart editor) {
		IWorkbenchPage page = editor.getSite().getPage();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		UiWait.idle();
	}

	/** What is cut off under {@code parent}, described for a failure message; empty when nothing is. */
	public static List<String> clipped(Composite parent) {
		List<String> found = new ArrayList<>();
		visit(parent, found);
		return found;
	}

	private static void visit(Composite parent, List<String> found) {
		if (!parent.isVisible() || parent instanceof ScrolledComposite || parent instanceof ScrolledForm) {
			scrolled(parent, found);
			return;
		}
		Rectangle area = parent.getClientArea();
		for (Control child : parent.getChildren()) {
			if (!child.isVisible()) {
				continue;
			}
			Rectangle bounds = child.getBounds();
			if (bounds.width > 0 && bounds.x + bounds.width > area.x + area.width + TOLERANCE) {
				found.add(describe(child) + " reaches " + (bounds.x + bounds.width - area.width) + " px past the right edge of its "
						+ parent.getClass().getSimpleName());
			}
			textCutShort(child, found);
			if (child instanceof Composite composite) {
				visit(composite, found);
			}
		}
	}

	/** Inside a scrolled area content may be larger than the view: the scroll bar reaches it. */
	private static void scrolled(Composite parent, List<String> found) {
		if (!parent.isVisible()) {
			return;
		}
		for (Control child : parent.getChildren()) {
			if (child instanceof Composite composite && child.isVisible()) {
				for (Control inner : composite.getChildren()) {
					if (inner instanceof Composite innerComposite) {
						visit(innerComposite, found);
					}
				}
			}
		}
	}

	/** A label or button narrower than its text, or a drop-down narrower than its longest choice. */
	private static void textCutShort(Control control, List<String> found) {
		String text = shownText(control);
		if (text == null || text.isEmpty()) {
			return;
		}
		int needed = control.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		if (control.getBounds().width + TOLERANCE < needed) {
			found.add(describe(control) + " is " + control.getBounds().width + " px wide for text that needs " + needed);
		}
	}

	/**
	 * Where {@code control}, or what holds it up to the scrolled page, reaches past the bottom of what
	 * holds it, so no scrolling brings it into sight; empty when it is within reach.
	 */
	public static List<String> outOfReach(Control control) {
		List<String> found = new ArrayList<>();
		for (Control inner = control; inner.getParent() != null && !(inner.getParent() instanceof ScrolledComposite); inner = inner.getParent()) {
			Rectangle bounds = inner.getBounds();
			Rectangle area = inner.getParent().getClientArea();
			if (bounds.y + bounds.height > area.y + area.height + TOLERANCE) {
				found.add(describe(inner) + " reaches " + (bounds.y + bounds.height - area.height) + " px past the bottom of its "
						+ inner.getParent().getClass().getSimpleName());
			}
		}
		return found;
	}

	/**
	 * The columns of the visible tables under {@code area} narrower than their heading and longest
	 * value (as wide as packing them makes them), described for a failure message; empty when none is.
	 */
	public static List<String> columnsCutShort(Composite area) {
		List<String> found = new ArrayList<>();
		for (Table table : Widgets.all(area, Table.class, Control::isVisible)) {
			for (TableColumn column : table.getColumns()) {
				int width = column.getWidth();
				column.pack();
				int needed = column.getWidth();
				column.setWidth(width);
				if (width + TOLERANCE < needed) {
					found.add("column '" + column.getText() + "' is " + width + " px wide for values that need " + needed);
				}
			}
		}
		return found;
	}

	private static String shownText(Control control) {
		return switch (control) {
			case Label label when (label.getStyle() & SWT.WRAP) == 0 -> label.getText();
			case Button button -> button.getText();
			case Combo combo -> Arrays.stream(combo.getItems()).max(Comparator.comparingInt(String::length)).orElse(null);
			default -> null;
		};
	}

	private static String describe(Control control) {
		String text = control instanceof Label label ? label.getText() : Objects.requireNonNullElse(shownText(control), "");
		return control.getClass().getSimpleName() + (text.isEmpty() ? "" : " '" + text + "'");
	}

	/** Where the screenshots go, for a test's message. */
	public static Path folder() {
		return Path.of("target", "screenshots").toAbsolutePath();
	}
}
