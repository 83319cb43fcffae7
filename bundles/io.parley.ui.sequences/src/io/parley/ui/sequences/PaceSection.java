package io.parley.ui.sequences;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleySection;

/** How many people the sequence goes to, from when to when, and the pace a person works it at. */
final class PaceSection extends ParleySection {

	private final StepsPage page;
	private final Label people;

	PaceSection(StepsPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "People and pace", "Who the sequence goes to and how fast a person works it; LinkedIn's limits still apply.",
				2, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		people = toolkit.createLabel(client(), "", SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wrap.widthHint = 300;
		people.setLayoutData(wrap);
		NumberField.create(page, toolkit, client(), "/pace/invitationsPerWeek", "Connection requests a week");
		NumberField.create(page, toolkit, client(), "/pace/messagesPerDay", "Messages, InMails and tasks a day");
		refresh();
	}

	@Override
	public void refresh() {
		PlannedSequence planned = page.sequenceEditor().planned();
		people.setText(planned.plan().map(plan -> String.format(Locale.ROOT, "%,d %s from %s to %s.", plan.people(),
				plan.people() == 1 ? "person" : "people", plan.start(), plan.end())).orElse(planned.why()));
		super.refresh();
	}
}
