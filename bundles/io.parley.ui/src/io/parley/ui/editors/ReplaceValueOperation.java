package io.parley.ui.editors;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One edit of a document: the value at a JSON pointer before and after. Typing into the same field
 * extends the last operation instead of adding one per keystroke, so Undo takes back a word run.
 */
final class ReplaceValueOperation extends AbstractOperation {

	private final JsonDocument document;
	private final String pointer;
	private final JsonNode before;
	private JsonNode after;
	private final boolean typing;

	ReplaceValueOperation(String label, JsonDocument document, String pointer, JsonNode after, boolean typing) {
		super(label);
		this.document = document;
		this.pointer = pointer;
		this.before = document.copyOf(pointer);
		this.after = after == null ? null : after.deepCopy();
		this.typing = typing;
	}

	boolean continuesTyping(String field) {
		return typing && pointer.equals(field);
	}

	/** Extends a typing run with the field's newest text. */
	void retype(JsonNode newer) {
		after = newer == null ? null : newer.deepCopy();
		document.replace(pointer, after);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		document.replace(pointer, after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		document.replace(pointer, before == null ? null : before.deepCopy());
		return Status.OK_STATUS;
	}
}
