package io.parley.ui.audiences;

import java.io.IOException;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.LongNode;

import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectSource;
import io.parley.ui.editors.DocumentEditing;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleySection;
import io.parley.ui.editors.TextField;

/** The audience's name and estimated size, which the people of the attached prospect list can give. */
final class AudienceFieldsSection extends ParleySection {

	private static final String PROSPECTS = "/prospects";

	private final AudiencePage page;
	private final NumberField estimatedSize;
	private final Button fromList;
	private Job counting;

	AudienceFieldsSection(AudiencePage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Audience", "Its name and the size Campaign Manager estimates.", 2, Refresh.ON_REQUEST);
		this.page = page;
		AudiencePage.inColumn(getSection());
		Composite general = client();
		TextField.create(page, toolkit, general, "/name", "Name");
		estimatedSize = NumberField.create(page, toolkit, general, "/estimatedSize", "Estimated size");
		toolkit.createLabel(general, "");
		fromList = toolkit.createButton(general, "Count the Prospect List", SWT.PUSH);
		fromList.setToolTipText("Sets the estimated size to the number of people in the attached prospect list");
		fromList.addListener(SWT.Selection, e -> countProspects());
		fromList.addDisposeListener(e -> stopCounting());
		refresh();
	}

	NumberField estimatedSize() {
		return estimatedSize;
	}

	@Override
	protected void documentChanged(String pointer) {
		if (isAtOrAll(pointer, PROSPECTS)) {
			refresh();
		}
	}

	/** The prospect list can be counted while one is attached. */
	@Override
	public void refresh() {
		fromList.setEnabled(!page.editing().document().text(PROSPECTS).isEmpty());
		super.refresh();
	}

	/**
	 * Counts the people of the attached list in the background (a million rows take a second) and
	 * makes that the estimated size, one undoable edit. Closing the editor stops the count.
	 */
	Job countProspects() {
		DocumentEditing editing = page.editing();
		String list = editing.document().text(PROSPECTS);
		ProspectSource source = new ProspectSource(page.editor().folder().resolve(list), ProspectColumns.of(editing.document().root()));
		Display display = fromList.getDisplay();
		stopCounting();
		counting = Job.create("Counting the people in " + list, monitor -> {
			long counted;
			try {
				counted = source.count(monitor::isCanceled);
			} catch (IOException e) {
				return Status.error(list + " cannot be read: " + e.getMessage(), e);
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!fromList.isDisposed()) {
						editing.set("Estimated size from " + list, "/estimatedSize", LongNode.valueOf(counted));
					}
				});
			}
			return Status.OK_STATUS;
		});
		counting.setUser(true);
		counting.schedule();
		return counting;
	}

	private void stopCounting() {
		if (counting != null) {
			counting.cancel();
		}
	}
}
