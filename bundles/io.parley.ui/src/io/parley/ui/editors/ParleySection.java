package io.parley.ui.editors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A section of a Parley form page that shows the document and keeps showing it: it hears every change
 * of the document and every new check of it for as long as its section is on screen, and stops when
 * the section is disposed, so no subclass wires or unwires a listener of its own.
 * <p>
 * A subclass shows what it shows in {@link #refresh()}, which it calls once its controls are made; it
 * says which changes concern it by overriding {@link #documentChanged(String)} or
 * {@link #documentChecked()}, usually to refresh again. A change heard while a listener before this
 * one disposed the section (a page rebuilding its sections) is not passed on.
 */
public abstract class ParleySection extends SectionPart {

	protected ParleySection(ParleyFormPage page, Composite parent, FormToolkit toolkit, int style) {
		super(parent, toolkit, style);
		DocumentFollowing.whileShown(getSection(), page.editor(), this::changed, this::checked);
	}

	/** The document changed at {@code pointer}; the empty pointer: all of it (a revert, a reload). By default nothing. */
	protected void documentChanged(String pointer) {
	}

	/** The document was checked again, after an edit or a change beside it. By default nothing. */
	protected void documentChecked() {
	}

	/** Whether {@code pointer}, a change's, is {@code field} or the whole document. */
	protected static boolean isAtOrAll(String pointer, String field) {
		return pointer.isEmpty() || pointer.equals(field);
	}

	private void changed(String pointer) {
		if (!getSection().isDisposed()) {
			documentChanged(pointer);
		}
	}

	private void checked() {
		if (!getSection().isDisposed()) {
			documentChecked();
		}
	}
}
