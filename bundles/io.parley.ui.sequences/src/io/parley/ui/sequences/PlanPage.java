package io.parley.ui.sequences;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.sequences.Step;
import io.parley.sequences.plan.SequencePlan;
import io.parley.sequences.plan.StepForecast;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;

/** The plan of a sequence, as {@code parley plan} prints it: the funnel, the calendar day by day and the InMail credits. */
final class PlanPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.sequences.plan";

	private Label summary;
	private FunnelChart funnel;
	private Table calendar;
	private Table credits;
	private final Consumer<String> documentChanged = changed -> refresh();

	PlanPage(SequenceEditor editor) {
		super(editor, ID, "Plan");
	}

	Label summary() {
		return summary;
	}

	Table calendar() {
		return calendar;
	}

	Table credits() {
		return credits;
	}

	private PlannedSequence planned() {
		return ((SequenceEditor) editor()).planned();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(1, false));
		Composite top = section(toolkit, body, "Funnel", "People expected at each step: the low case solid, the high case lighter.");
		summary = toolkit.createLabel(top, "", SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = 300;
		summary.setLayoutData(wrap);
		funnel = new FunnelChart(top, () -> planned().plan().map(SequencePlan::steps).orElse(List.of()));
		Composite days = section(toolkit, body, "Calendar",
				"What is due each day within the invitation limit, the send days and the pace; a later step only for those whose condition came true.");
		calendar = toolkit.createTable(days, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		calendar.setHeaderVisible(true);
		Composite inMail = section(toolkit, body, "InMail credits", "Month by month from the plan's allotment, rollover and refunds, for the high case.");
		credits = toolkit.createTable(inMail, SWT.BORDER | SWT.FULL_SELECTION);
		credits.setHeaderVisible(true);
		for (String title : new String[] { "Month", "Planned", "Available", "Refused", "Left" }) {
			TableColumn column = new TableColumn(credits, SWT.RIGHT);
			column.setText(title);
			column.setWidth(90);
		}
		editing().document().addListener(documentChanged);
		body.addDisposeListener(e -> editing().document().removeListener(documentChanged));
		refresh();
	}

	private static Composite section(FormToolkit toolkit, Composite body, String title, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return SectionClient.create(section, toolkit, title, description, 1);
	}

	private void refresh() {
		if (calendar == null || calendar.isDisposed()) {
			return;
		}
		PlannedSequence planned = planned();
		summary.setText(planned.plan().map(plan -> String.format(Locale.ROOT, "%,d %s from %s to %s.", plan.people(),
				plan.people() == 1 ? "person" : "people", plan.start(), plan.end())).orElse(planned.why()));
		GridData chart = new GridData(SWT.FILL, SWT.TOP, true, false);
		chart.heightHint = funnel.height();
		chart.widthHint = 300;
		funnel.canvas().setLayoutData(chart);
		funnel.canvas().redraw();
		fillCalendar(planned);
		fillCredits(planned);
		getManagedForm().getForm().reflow(true);
	}

	private void fillCalendar(PlannedSequence planned) {
		calendar.removeAll();
		for (TableColumn column : calendar.getColumns()) {
			column.dispose();
		}
		List<Step> steps = planned.plan().map(plan -> plan.steps().stream().map(StepForecast::step).toList()).orElse(List.of());
		column(calendar, "Day", SWT.LEFT, 130);
		steps.forEach(step -> column(calendar, step.id(), SWT.RIGHT, Math.max(70, 9 * step.id().length() + 24)));
		planned.plan().ifPresent(plan -> {
			for (Map.Entry<LocalDate, Map<Step, Integer>> day : plan.days().entrySet()) {
				TableItem item = new TableItem(calendar, SWT.NONE);
				item.setText(0, day.getKey() + " " + day.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
				for (int i = 0; i < steps.size(); i++) {
					Integer count = day.getValue().get(steps.get(i));
					item.setText(i + 1, count == null ? "" : String.valueOf(count));
				}
			}
		});
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false);
		data.heightHint = Math.min(12, Math.max(3, calendar.getItemCount() + 1)) * calendar.getItemHeight() + calendar.getHeaderHeight();
		calendar.setLayoutData(data);
	}

	private void fillCredits(PlannedSequence planned) {
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
	}

	private static void column(Table table, String title, int style, int width) {
		TableColumn column = new TableColumn(table, style);
		column.setText(title);
		column.setWidth(width);
	}
}
