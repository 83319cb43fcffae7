package io.parley.ui.sequences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleySection;

/** The steps on a timeline as wide as the page, the steps with problems marked; it fits the page again as the window is resized. */
final class TimelineSection extends ParleySection {

	/** The page's margins and the timeline section's, left and right, in pixels. */
	private static final int TIMELINE_INDENT = 40;

	private final StepsPage page;
	private final Timeline timeline;

	TimelineSection(StepsPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Timeline", "Each step at its day; branches follow the outcome of the step before.", 1,
				Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		timeline = new Timeline(client(), page.sequenceEditor()::planned, page::stepsWithProblems);
		page.getManagedForm().getForm().addListener(SWT.Resize, e -> {
			if (fit()) {
				timeline.refresh();
				page.getManagedForm().getForm().reflow(true);
			}
		});
		refresh();
	}

	Timeline timeline() {
		return timeline;
	}

	@Override
	public void refresh() {
		fit();
		timeline.refresh();
		super.refresh();
	}

	/** Sizes the timeline to the page's width, its boxes narrowed so it need not be scrolled sideways; true when its size changed. */
	private boolean fit() {
		Point size = timeline.size(page.getManagedForm().getForm().getClientArea().width - TIMELINE_INDENT);
		Object current = timeline.canvas().getLayoutData();
		if (current instanceof GridData data && data.widthHint == size.x && data.heightHint == size.y) {
			return false;
		}
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false);
		data.widthHint = size.x;
		data.heightHint = size.y;
		timeline.canvas().setLayoutData(data);
		return true;
	}
}
