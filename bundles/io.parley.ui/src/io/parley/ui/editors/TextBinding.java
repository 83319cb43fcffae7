package io.parley.ui.editors;

import org.eclipse.swt.custom.StyledText;

/**
 * Keeps a text widget and one string field of the document equal both ways: typing becomes an
 * undoable edit, and undo, redo or a reload puts the field's text back into the widget.
 */
public final class TextBinding {

	private final StyledText widget;
	private final DocumentEditing editing;
	private final String pointer;
	private final String label;
	private boolean updating;

	private TextBinding(StyledText widget, DocumentEditing editing, String pointer, String label) {
		this.widget = widget;
		this.editing = editing;
		this.pointer = pointer;
		this.label = label;
	}

	/** Binds {@code widget} to the field at {@code pointer}; {@code label} names the edit in Undo. */
	public static TextBinding bind(StyledText widget, DocumentEditing editing, String pointer, String label) {
		TextBinding binding = new TextBinding(widget, editing, pointer, label);
		binding.show();
		widget.addModifyListener(e -> binding.typed());
		DocumentFollowing.changesWhileShown(widget, editing.document(), binding::changed);
		return binding;
	}

	public String pointer() {
		return pointer;
	}

	private void typed() {
		if (!updating) {
			editing.type("Typing in " + label, pointer, widget.getText());
		}
	}

	private void changed(String changedPointer) {
		if (DocumentDiagnostics.isWithin(pointer, changedPointer) && !widget.isDisposed()) {
			show();
		}
	}

	private void show() {
		String text = editing.document().text(pointer);
		if (text.equals(widget.getText())) {
			return;
		}
		int caret = Math.min(widget.getCaretOffset(), text.length());
		updating = true;
		try {
			widget.setText(text);
			widget.setCaretOffset(caret);
		} finally {
			updating = false;
		}
	}
}
