package io.parley.ui.sequences;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/** The plan of a sequence, as {@code parley plan} prints it: the funnel, the calendar day by day and the InMail credits. */
final class PlanPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.sequences.plan";

	static final String EVERY_STEP = "Every step, for everyone";

	/** The last row of a path's calendar: each step's people over all its days. */
	static final String EXPECTED_IN_ALL = "In all";

	private FunnelSection funnel;
	private CalendarSection calendar;
	private CreditsSection credits;

	PlanPage(SequenceEditor editor) {
		super(editor, ID, "Plan");
	}

	Label summary() {
		return funnel.summary();
	}

	Table calendar() {
		return calendar.calendar();
	}

	/** The choice of whose days the calendar shows: one path of the sequence, or every step for everyone. */
	Combo path() {
		return calendar.path();
	}

	Label pathSummary() {
		return calendar.pathSummary();
	}

	Table credits() {
		return credits.credits();
	}

	PlannedSequence planned() {
		return ((SequenceEditor) editor()).planned();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(1, false));
		funnel = new FunnelSection(this, body, toolkit);
		calendar = new CalendarSection(this, body, toolkit);
		credits = new CreditsSection(this, body, toolkit);
	}

	static void column(Table table, String title, int style, int width, String tooltip) {
		TableColumn column = new TableColumn(table, style);
		column.setText(title);
		column.setWidth(width);
		column.setToolTipText(tooltip.isEmpty() ? null : tooltip);
	}
}
