package io.parley.ui.audiences;

import org.eclipse.ui.PartInitException;

import io.parley.ui.editors.ParleyFormEditor;

/** The editor of a {@code NAME.audience.json}: targeting, size and reach, and the attached prospect list. */
public final class AudienceEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.audiences.editor";

	@Override
	protected void addDocumentPages() throws PartInitException {
		addPage(new AudiencePage(this));
		addPage(new ProspectsPage(this));
	}
}
