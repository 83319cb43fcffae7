package io.parley.ui.sequences;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.sequences.SequencePath;
import io.parley.sequences.Step;
import io.parley.sequences.plan.PlanReport;
import io.parley.sequences.plan.SequencePlan;
import io.parley.sequences.plan.StepForecast;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;

/** The plan of a sequence, as {@code parley plan} prints it: the funnel, the calendar day by day and the InMail credits. */
final class PlanPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.sequences.plan";

	static final String EVERY_STEP = "Every step, for everyone";

	/** The last row of a path's calendar: each step's people over all its days. */
	static final String EXPECTED_IN_ALL = "In all";

	private Label summary;
	private FunnelChart funnel;
	private Combo path;
	private Label pathSummary;
	private Table calendar;
	private Table credits;

	PlanPage(SequenceEditor editor) {
		super(editor, ID, "Plan");
	}

	Label summary() {
		return summary;
	}

	Table calendar() {
		return calendar;
	}

	/** The choice of whose days the calendar shows: one path of the sequence, or every step for everyone. */
	Combo path() {
		return path;
	}

	Label pathSummary() {
		return pathSummary;
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
				"What is due each day within the invitation limit, the send days and the pace, for the people who go one way through the sequence.");
		Composite choice = toolkit.createComposite(days);
		choice.setLayout(new GridLayout(2, false));
		toolkit.createLabel(choice, "Path:");
		path = new Combo(choice, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(path);
		path.addListener(SWT.Selection, e -> fillCalendar(planned()));
		pathSummary = toolkit.createLabel(days, "", SWT.WRAP);
		GridData summaryWrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryWrap.widthHint = 300;
		pathSummary.setLayoutData(summaryWrap);
		calendar = toolkit.createTable(days, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		calendar.setHeaderVisible(true);
		Composite inMail = section(toolkit, body, "InMail credits", "Month by month from the plan's allotment, rollover and refunds, for the high case.");
		credits = toolkit.createTable(inMail, SWT.BORDER | SWT.FULL_SELECTION);
		credits.setHeaderVisible(true);
		for (String title : new String[] { "Month", "Planned", "Available", "Refused", "Left" }) {
			column(credits, title, SWT.RIGHT, 90, "");
		}
		refresh();
	}

	@Override
	protected void documentChanged(String pointer) {
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
		fillPaths(planned);
		fillCalendar(planned);
		fillCredits(planned);
		getManagedForm().getForm().reflow(true);
	}

	/**
	 * The paths through the sequence, the main one (first branch of each step) first, then every step
	 * for everyone; the choice stays on the same place in the list while the sequence changes.
	 */
	private void fillPaths(PlannedSequence planned) {
		List<String> items = new ArrayList<>();
		for (SequencePath way : planned.paths()) {
			items.add(way.label() + " (" + way.stepNames() + ")");
		}
		items.add(EVERY_STEP);
		int chosen = Math.max(0, path.getSelectionIndex());
		if (!items.equals(List.of(path.getItems()))) {
			path.setItems(items.toArray(String[]::new));
		}
		path.select(Math.min(chosen, items.size() - 1));
		path.getParent().layout(true);
	}

	/** The path chosen; empty for every step. */
	private Optional<SequencePath> chosenPath(PlannedSequence planned) {
		int index = path.getSelectionIndex();
		return index >= 0 && index < planned.paths().size() ? Optional.of(planned.paths().get(index)) : Optional.empty();
	}

	private void fillCalendar(PlannedSequence planned) {
		calendar.setRedraw(false);
		calendar.removeAll();
		for (TableColumn column : calendar.getColumns()) {
			column.dispose();
		}
		Optional<SequencePath> way = chosenPath(planned);
		List<Step> steps = planned.plan().map(plan -> plan.steps().stream().map(StepForecast::step).filter(step -> way.map(w -> w.contains(step)).orElse(true))
				.toList()).orElse(List.of());
		column(calendar, "Day", SWT.LEFT, 130, "");
		for (Step step : steps) {
			String expected = planned.plan().flatMap(plan -> plan.forecast(step)).map(f -> ", " + PlanReport.people(f.people()) + " expected").orElse("");
			column(calendar, step.id(), SWT.RIGHT, Math.max(70, 9 * step.id().length() + 24),
					step.label() + (step.condition().isEmpty() ? "" : ", " + step.condition()) + expected);
		}
		pathSummary.setText(planned.plan().map(plan -> way.map(w -> String.format(Locale.ROOT,
				"%s of %,d %s expected to go this way. Each day shows the people expected at each step; the last row, each step's total.",
				PlanReport.people(plan.people(w)), plan.people(), plan.people() == 1 ? "person is" : "people are"))
				.orElse("Every step for everyone: the days the plan keeps room for, whichever way each person goes (parley plan's calendar)."))
				.orElse(""));
		planned.plan().ifPresent(plan -> {
			if (way.isPresent()) {
				fillExpected(plan, way.get(), steps);
			} else {
				plan.days().forEach((day, counts) -> row(day(day), steps, step -> counts.containsKey(step) ? String.valueOf(counts.get(step)) : ""));
			}
		});
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false);
		data.heightHint = Math.min(12, Math.max(3, calendar.getItemCount() + 1)) * calendar.getItemHeight() + calendar.getHeaderHeight();
		calendar.setLayoutData(data);
		calendar.setRedraw(true);
		if (getManagedForm() != null) {
			getManagedForm().getForm().reflow(true);
		}
	}

	/** The people expected at each step of {@code way} each day, and under them each step's people in all, as {@code parley plan} prints them. */
	private void fillExpected(SequencePlan plan, SequencePath way, List<Step> steps) {
		plan.expected(way).forEach((day, people) -> row(day(day), steps, step -> people.containsKey(step) ? PlanReport.people(people.get(step)) : ""));
		row(EXPECTED_IN_ALL, steps, step -> plan.forecast(step).map(f -> PlanReport.people(f.people())).orElse(""));
	}

	private void row(String first, List<Step> steps, Function<Step, String> cell) {
		TableItem item = new TableItem(calendar, SWT.NONE);
		item.setText(0, first);
		for (int i = 0; i < steps.size(); i++) {
			item.setText(i + 1, cell.apply(steps.get(i)));
		}
	}

	private static String day(LocalDate day) {
		return day + " " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
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

	private static void column(Table table, String title, int style, int width, String tooltip) {
		TableColumn column = new TableColumn(table, style);
		column.setText(title);
		column.setWidth(width);
		column.setToolTipText(tooltip.isEmpty() ? null : tooltip);
	}
}
