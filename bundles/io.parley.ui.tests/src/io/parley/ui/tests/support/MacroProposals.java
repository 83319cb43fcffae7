package io.parley.ui.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** The list of macros that typing {@code %} in a message field opens, used as a person uses it. */
public final class MacroProposals {

	private static final long WAIT_MILLIS = 5_000;

	private MacroProposals() {
	}

	/**
	 * Types " %" at the end of {@code field}, goes down the list with ↓ and takes the macro there
	 * with Return, each key reaching the field as SWT delivers it (Traverse first, then the key).
	 * Returns the macro taken.
	 */
	public static String takeTheSecond(StyledText field) {
		FormInput.typeAtEnd(field, " %");
		Table proposals = shown();
		String first = selected(proposals);
		Keys.pressTraversing(field, SWT.ARROW_DOWN, SWT.TRAVERSE_ARROW_NEXT);
		String taken = selected(proposals);
		assertNotEquals(first, taken, "↓ goes to the next macro");
		Keys.pressTraversing(field, SWT.CR, SWT.TRAVERSE_RETURN);
		assertTrue(UiWait.until(proposals::isDisposed, WAIT_MILLIS), "Return closes the proposals");
		return taken;
	}

	/** The list of macros that opened under the field, once it shows. */
	private static Table shown() {
		List<Table> found = new ArrayList<>();
		assertTrue(UiWait.until(() -> {
			found.clear();
			for (Shell shell : Display.getCurrent().getShells()) {
				found.addAll(Widgets.all(shell, Table.class, t -> t.isVisible() && t.getItemCount() > 0
						&& t.getItem(0).getText().matches("%[A-Z]+%")));
			}
			return found.size() == 1;
		}, WAIT_MILLIS), "% opens the list of macros");
		return found.get(0);
	}

	private static String selected(Table proposals) {
		TableItem[] selected = proposals.getSelection();
		assertEquals(1, selected.length, "one macro is chosen in the list");
		return selected[0].getText();
	}
}
