package io.parley.ui.editors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.ui.PlatformUI;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The only way pages change a document: each change is an operation in the workbench's operation
 * history under this editor's own undo context, so Ctrl+Z / Ctrl+Y and Edit > Undo work per editor.
 */
public final class DocumentEditing {

	private static final int UNDO_LIMIT = 500;

	private final JsonDocument document;
	private final IUndoContext context;
	private IUndoableOperation savedAt;

	DocumentEditing(JsonDocument document, Object owner) {
		this.document = document;
		this.context = new ObjectUndoContext(owner);
		history().setLimit(context, UNDO_LIMIT);
	}

	public IUndoContext undoContext() {
		return context;
	}

	public JsonDocument document() {
		return document;
	}

	/**
	 * Sets the field at {@code pointer} (null removes it) as one undoable step called {@code label};
	 * setting what the field already holds is no step at all.
	 */
	public void set(String label, String pointer, JsonNode value) {
		if (document.holds(pointer, value)) {
			return;
		}
		execute(new ReplaceValueOperation(label, document, pointer, value, false));
	}

	/** Sets a text field as the user types; a run of keystrokes in one field is one undo step. */
	public void type(String label, String pointer, String text) {
		if (text.equals(document.text(pointer)) && document.has(pointer)) {
			return;
		}
		typeValue(label, pointer, JsonDocument.textNode(text));
	}

	/**
	 * Sets a field as the user types a value that is not text (a number; null removes the field):
	 * like {@link #type}, a run of keystrokes in one field is one undo step.
	 */
	public void typeValue(String label, String pointer, JsonNode value) {
		if (document.holds(pointer, value)) {
			return;
		}
		IUndoableOperation last = history().getUndoOperation(context);
		boolean extendable = last != savedAt && history().getRedoOperation(context) == null;
		if (extendable && last instanceof ReplaceValueOperation typing && typing.continuesTyping(pointer)) {
			typing.retype(value);
			return;
		}
		execute(new ReplaceValueOperation(label, document, pointer, value, true));
	}

	boolean isDirty() {
		return history().getUndoOperation(context) != savedAt;
	}

	void markSaved() {
		savedAt = history().getUndoOperation(context);
	}

	/** Forgets every step, as after a reload: the disk content is the new start. */
	void forgetHistory() {
		history().dispose(context, true, true, false);
		savedAt = null;
	}

	static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	private void execute(IUndoableOperation operation) {
		operation.addContext(context);
		try {
			history().execute(operation, null, null);
		} catch (ExecutionException e) {
			throw new IllegalStateException("Editing a JSON tree cannot fail", e);
		}
	}
}
