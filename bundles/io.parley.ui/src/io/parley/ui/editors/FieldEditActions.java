package io.parley.ui.editors;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit > Cut, Copy, Paste and Select All (and their keys) for the text field of a form editor
 * that has the focus. Each is enabled when it can act there, so the Edit menu shows what the keys
 * do; a paste or cut changes the field as typing does, so it is one undoable edit.
 */
final class FieldEditActions {

	private static final int[] STATE_EVENTS = { SWT.FocusIn, SWT.FocusOut, SWT.KeyUp, SWT.MouseUp };

	private final Composite area;
	private final Display display;
	private final IAction cut = action(ActionFactory.CUT, StyledText::cut, Text::cut);
	private final IAction copy = action(ActionFactory.COPY, StyledText::copy, Text::copy);
	private final IAction paste = action(ActionFactory.PASTE, StyledText::paste, Text::paste);
	private final IAction selectAll = action(ActionFactory.SELECT_ALL, StyledText::selectAll, Text::selectAll);
	private final Listener stateTracker = e -> update();

	/** Acts on the fields under {@code area}, the editor's pages. */
	FieldEditActions(Composite area) {
		this.area = area;
		this.display = area.getDisplay();
		for (int event : STATE_EVENTS) {
			display.addFilter(event, stateTracker);
		}
		update();
	}

	void fillActionBars(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
	}

	void dispose() {
		for (int event : STATE_EVENTS) {
			display.removeFilter(event, stateTracker);
		}
	}

	private void update() {
		Control field = focusedField();
		boolean editable = field instanceof StyledText styled ? styled.getEditable() : field instanceof Text text && text.getEditable();
		boolean selected = field instanceof StyledText styled ? styled.getSelectionCount() > 0
				: field instanceof Text text && text.getSelectionCount() > 0;
		cut.setEnabled(editable && selected);
		copy.setEnabled(selected);
		paste.setEnabled(editable);
		selectAll.setEnabled(field != null);
	}

	/** The StyledText or Text of this editor that has the focus, or null. */
	private Control focusedField() {
		if (area.isDisposed()) {
			return null;
		}
		Control focus = display.getFocusControl();
		if (!(focus instanceof StyledText || focus instanceof Text)) {
			return null;
		}
		for (Control parent = focus; parent != null; parent = parent.getParent()) {
			if (parent == area) {
				return focus;
			}
		}
		return null;
	}

	private IAction action(ActionFactory factory, Consumer<StyledText> onStyled, Consumer<Text> onText) {
		Action action = new Action() {
			@Override
			public void run() {
				Control field = focusedField();
				if (field instanceof StyledText styled) {
					onStyled.accept(styled);
				} else if (field instanceof Text text) {
					onText.accept(text);
				}
				update();
			}
		};
		action.setActionDefinitionId(factory.getCommandId());
		return action;
	}
}
