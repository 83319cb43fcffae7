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
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.sequences.SequencePath;
import io.parley.sequences.Step;
import io.parley.sequences.plan.PlanReport;
import io.parley.sequences.plan.SequencePlan;
import io.parley.sequences.plan.StepForecast;
import io.parley.ui.editors.ParleySection;

/** What is due each day for the people who go one chosen way through the sequence, or every step for everyone. */
final class CalendarSection extends ParleySection {

	private final PlanPage page;
	private final Combo path;
	private final Label pathSummary;
	private final Table calendar;

	CalendarSection(PlanPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Calendar",
				"What is due each day within the invitation limit, the send days and the pace, for the people who go one way through the sequence.", 1,
				Refresh.AFTER_EVERY_CHANGE);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite choice = toolkit.createComposite(client());
		choice.setLayout(new GridLayout(2, false));
		toolkit.createLabel(choice, "Path:");
		path = new Combo(choice, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(path);
		path.addListener(SWT.Selection, e -> fillCalendar(page.planned()));
		pathSummary = toolkit.createLabel(client(), "", SWT.WRAP);
		GridData summaryWrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryWrap.widthHint = 300;
		pathSummary.setLayoutData(summaryWrap);
		calendar = toolkit.createTable(client(), SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		calendar.setHeaderVisible(true);
		refresh();
	}

	Combo path() {
		return path;
	}

	Label pathSummary() {
		return pathSummary;
	}

	Table calendar() {
		return calendar;
	}

	@Override
	public void refresh() {
		PlannedSequence planned = page.planned();
		fillPaths(planned);
		fillCalendar(planned);
		super.refresh();
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
		items.add(PlanPage.EVERY_STEP);
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
		PlanPage.column(calendar, "Day", SWT.LEFT, 130, "");
		for (Step step : steps) {
			String expected = planned.plan().flatMap(plan -> plan.forecast(step)).map(f -> ", " + PlanReport.people(f.people()) + " expected").orElse("");
			PlanPage.column(calendar, step.id(), SWT.RIGHT, Math.max(70, 9 * step.id().length() + 24),
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
		page.getManagedForm().getForm().reflow(true);
	}

	/** The people expected at each step of {@code way} each day, and under them each step's people in all, as {@code parley plan} prints them. */
	private void fillExpected(SequencePlan plan, SequencePath way, List<Step> steps) {
		plan.expected(way).forEach((day, people) -> row(day(day), steps, step -> people.containsKey(step) ? PlanReport.people(people.get(step)) : ""));
		row(PlanPage.EXPECTED_IN_ALL, steps, step -> plan.forecast(step).map(f -> PlanReport.people(f.people())).orElse(""));
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
}
