package io.parley.ui.sequences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.ui.editors.ParleySection;

/** The InMail credits of the plan month by month, for the high case. */
final class CreditsSection extends ParleySection {

	private final PlanPage page;
	private final Table credits;

	CreditsSection(PlanPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "InMail credits", "Month by month from the plan's allotment, rollover and refunds, for the high case.", 1,
				Refresh.AFTER_EVERY_CHANGE);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		credits = toolkit.createTable(client(), SWT.BORDER | SWT.FULL_SELECTION);
		credits.setHeaderVisible(true);
		for (String title : new String[] { "Month", "Planned", "Available", "Refused", "Left" }) {
			PlanPage.column(credits, title, SWT.RIGHT, 90, "");
		}
		refresh();
	}

	Table credits() {
		return credits;
	}

	/** The months, and the page laid out again: this is the page's last section. */
	@Override
	public void refresh() {
		PlannedSequence planned = page.planned();
		credits.removeAll();
		planned.plan().ifPresent(plan -> plan.credits().forEach(month -> {
			TableItem item = new TableItem(credits, SWT.NONE);
			item.setText(new String[] { String.valueOf(month.month()), String.valueOf(plan.inMails()[month.month() - 1]),
					String.valueOf(month.available()), String.valueOf(month.refused()), String.valueOf(month.balance()) });
		}));
		credits.setToolTipText(planned.plan().filter(plan -> !plan.credits().isEmpty())
				.map(plan -> InMailCreditLedger.label(planned.ruleSet(), plan.inMailPlan())).orElse("No InMail step or plan"));
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false);
		data.heightHint = Math.max(2, credits.getItemCount() + 1) * credits.getItemHeight() + credits.getHeaderHeight();
		credits.setLayoutData(data);
		page.getManagedForm().getForm().reflow(true);
		super.refresh();
	}
}
