package io.parley.ui.editors;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One edit of a document: the value to put at a JSON pointer, and the whole document before and
 * after it, so undo and redo restore the content exactly, field order included. Typing into the
 * same field extends the last operation instead of adding one per keystroke, so Undo takes back a
 * word run.
 */
final class ReplaceValueOperation extends AbstractOperation {

	private final JsonDocument document;
	private final String pointer;
	private final ObjectNode before;
	private JsonNode value;
	private ObjectNode after;
	private final boolean typing;

	ReplaceValueOperation(String label, JsonDocument document, String pointer, JsonNode value, boolean typing) {
		super(label);
		this.document = document;
		this.pointer = pointer;
		this.before = document.root();
		this.value = value == null ? null : value.deepCopy();
		this.typing = typing;
	}

	boolean continuesTyping(String field) {
		return typing && pointer.equals(field);
	}

	/** Extends a typing run with the field's newest text. */
	void retype(JsonNode newer) {
		value = newer == null ? null : newer.deepCopy();
		apply();
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		apply();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		document.restore(after, pointer);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		document.restore(before, pointer);
		return Status.OK_STATUS;
	}

	private void apply() {
		document.replace(pointer, value);
		after = document.root();
	}
}
