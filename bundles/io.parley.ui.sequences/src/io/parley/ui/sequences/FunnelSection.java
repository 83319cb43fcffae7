package io.parley.ui.sequences;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.sequences.plan.SequencePlan;
import io.parley.ui.editors.ParleySection;

/** How many people the plan expects at each step, in a sentence and a chart. */
final class FunnelSection extends ParleySection {

	private final PlanPage page;
	private final Label summary;
	private final FunnelChart funnel;

	FunnelSection(PlanPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Funnel", "People expected at each step: the low case solid, the high case lighter.", 1,
				Refresh.AFTER_EVERY_CHANGE);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary = toolkit.createLabel(client(), "", SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = 300;
		summary.setLayoutData(wrap);
		funnel = new FunnelChart(client(), () -> page.planned().plan().map(SequencePlan::steps).orElse(List.of()));
		refresh();
	}

	Label summary() {
		return summary;
	}

	@Override
	public void refresh() {
		PlannedSequence planned = page.planned();
		summary.setText(planned.plan().map(plan -> String.format(Locale.ROOT, "%,d %s from %s to %s.", plan.people(),
				plan.people() == 1 ? "person" : "people", plan.start(), plan.end())).orElse(planned.why()));
		GridData chart = new GridData(SWT.FILL, SWT.TOP, true, false);
		chart.heightHint = funnel.height();
		chart.widthHint = 300;
		funnel.canvas().setLayoutData(chart);
		funnel.canvas().redraw();
		super.refresh();
	}
}
