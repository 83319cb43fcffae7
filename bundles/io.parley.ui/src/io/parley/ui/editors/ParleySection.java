package io.parley.ui.editors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A section of a Parley form page that shows the document and keeps showing it: it hears every change
 * of the document and every new check of it for as long as its section is on screen, and stops when
 * the section is disposed, so no subclass wires or unwires a listener of its own.
 * <p>
 * A subclass shows what it shows in {@link #refresh()}, which it calls once its controls are made; it
 * is refreshed again after every change of the document, or after every check, as its {@link Refresh}
 * says, or it picks the changes that concern it by overriding {@link #documentChanged(String)}. A
 * change heard while a listener before this one disposed the section (a page rebuilding its
 * sections) is not passed on.
 */
public abstract class ParleySection extends SectionPart {

	/** When a section shows the document again by itself. */
	public enum Refresh {
		/** Only when the subclass or its page calls {@link ParleySection#refresh()}. */
		ON_REQUEST,
		/** After every change of the document. */
		AFTER_EVERY_CHANGE,
		/** After every check of the document: after every change, and when what the document's checks read beside it changes. */
		AFTER_EVERY_CHECK
	}

	private final Refresh refresh;

	/**
	 * A section titled {@code title}, described by {@code description} unless it is null, whose client
	 * lays its fields out in {@code columns} columns.
	 */
	protected ParleySection(ParleyFormPage page, Composite parent, FormToolkit toolkit, String title, String description, int columns,
			Refresh refresh) {
		super(parent, toolkit, description == null ? Section.TITLE_BAR : Section.TITLE_BAR | Section.DESCRIPTION);
		this.refresh = refresh;
		SectionClient.create(getSection(), toolkit, title, description, columns);
		DocumentFollowing.whileShown(getSection(), page.editor(), this::changed, this::checked);
	}

	/** The composite inside the section that holds its fields. */
	protected Composite client() {
		return (Composite) getSection().getClient();
	}

	/**
	 * The document changed at {@code pointer}; the empty pointer: all of it (a revert, a reload). By
	 * default the section is refreshed when it refreshes after every change.
	 */
	protected void documentChanged(String pointer) {
		if (refresh == Refresh.AFTER_EVERY_CHANGE) {
			refresh();
		}
	}

	/** The document was checked again. By default the section is refreshed when it refreshes after every check. */
	protected void documentChecked() {
		if (refresh == Refresh.AFTER_EVERY_CHECK) {
			refresh();
		}
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
