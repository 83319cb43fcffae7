package io.parley.ui.campaigns;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.campaign.CampaignParts;
import io.parley.model.files.DocumentKind;
import io.parley.model.files.DocumentReadException;
import io.parley.model.forecast.BudgetForecast;
import io.parley.model.results.CampaignResults;
import io.parley.model.results.ChosenRates;
import io.parley.model.results.DayFigures;
import io.parley.model.results.ForecastCheck;
import io.parley.model.rules.RuleSet;
import io.parley.ui.budgets.RangeChart;
import io.parley.ui.editors.JsonDocument;
import io.parley.ui.editors.ParleyFormPage;

/**
 * What the campaign did once it ran, against what was forecast: the report LinkedIn gave (Campaign
 * Manager's performance export or an adAnalytics response saved beside the campaign), each figure
 * of the funnel against its forecast range for the days reported, flagged when outside it, beside
 * a chart of each day, and a chart of the funnel below. Columns of the report read by a name that
 * only looks like Campaign Manager's are named for the person to confirm or choose others.
 */
final class ResultsPage extends ParleyFormPage {

	static final String ID = "results";
	private static final String POINTER = "/results";
	private static final String COLUMNS_POINTER = "/" + CampaignResults.CHOSEN_COLUMNS;
	static final String CHOOSE_COLUMNS = "Choose Columns...";
	/** The body's margins and the gap between the table and the chart beside it. */
	private static final int AROUND = 20;
	private static final String NONE = "(none)";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

	private Combo chooser;
	private Label summary;
	private Label columnsRead;
	private Button chooseColumns;
	private Composite figuresAndDays;
	private FiguresTable figures;
	private DayChart byDay;
	private RangeChart funnel;

	ResultsPage(CampaignEditor editor) {
		super(editor, ID, "Results");
	}

	private CampaignEditor campaignEditor() {
		return (CampaignEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, false));
		toolkit.createLabel(body, "LinkedIn's report:");
		chooser = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.adapt(chooser);
		chooser.addListener(SWT.Selection, e -> chosen());
		editor().fields().register(POINTER, chooser, ID);
		summary = toolkit.createLabel(body, "", SWT.WRAP);
		summary.setLayoutData(wrapping(2));
		Composite columns = toolkit.createComposite(body);
		GridLayout columnsLayout = new GridLayout(2, false);
		columnsLayout.marginWidth = 0;
		columnsLayout.marginHeight = 0;
		columns.setLayout(columnsLayout);
		columns.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		columnsRead = toolkit.createLabel(columns, "", SWT.WRAP);
		columnsRead.setLayoutData(wrapping(1));
		chooseColumns = toolkit.createButton(columns, CHOOSE_COLUMNS, SWT.PUSH);
		chooseColumns.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
		chooseColumns.addListener(SWT.Selection, e -> chooseColumns());
		figuresAndDays = toolkit.createComposite(body);
		GridLayout sideBySide = new GridLayout(2, false);
		sideBySide.marginWidth = 0;
		sideBySide.marginHeight = 0;
		figuresAndDays.setLayout(sideBySide);
		figuresAndDays.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		figures = new FiguresTable(toolkit, figuresAndDays);
		byDay = new DayChart(figuresAndDays, "By day", "members a day");
		byDay.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		funnel = new RangeChart(body, "Actual against forecast", "members (log scale)", true);
		funnel.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		managedForm.getForm().addListener(SWT.Resize, e -> arrange());
		PartMarkers.watch(campaignEditor(), chooser, this::update);
		update();
	}

	@Override
	protected void documentChecked() {
		update();
	}

	/** Wraps its text to the width the page gives it rather than widening the page. */
	private static GridData wrapping(int columns) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
		data.widthHint = 300;
		return data;
	}

	private void chosen() {
		String name = chooser.getText().equals(NONE) ? "" : chooser.getText();
		if (!name.equals(editing().document().text(POINTER))) {
			editing().set(name.isEmpty() ? "Detach the results" : "Read the results from " + name, POINTER,
					name.isEmpty() ? null : JsonDocument.textNode(name));
		}
	}

	private void update() {
		if (chooser.isDisposed()) {
			return;
		}
		showChoices();
		CampaignParts parts = campaignEditor().parts();
		RuleSet rules = editor().diagnostics().context().ruleSet();
		Optional<CampaignResults> results;
		try {
			results = parts.results();
		} catch (DocumentReadException e) {
			show(e.file().getFileName() + (e.line() > 0 ? ":" + e.line() : "") + " cannot be read: " + e.problem(), null, null);
			return;
		} catch (IOException | RuntimeException e) {
			show(editing().document().text(POINTER) + " cannot be read: " + e.getMessage(), null, null);
			return;
		}
		if (results.isEmpty()) {
			show("Once the campaign has run, save its report beside it and choose it here: Campaign Manager's performance"
					+ " export (Analyze > Export, time breakdown Daily, columns Sponsored Messaging) or the Marketing API's"
					+ " adAnalytics answer (pivot CAMPAIGN, timeGranularity DAILY) as JSON.", null, null);
			return;
		}
		Optional<BudgetForecast> forecast = parts.forecast(rules);
		ChosenRates rates = parts.rates(rules);
		ForecastCheck check = forecast.map(f -> ForecastCheck.of(results.get(), f, rates.rates(), parts.flightDays(),
				parts.budget().map(b -> b.path("total").asDouble(0)).orElse(0.0))).orElse(null);
		show(describe(results.get(), parts, rates, check), results.get(), check);
	}

	private static String describe(CampaignResults results, CampaignParts parts, ChosenRates rates, ForecastCheck check) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "%s, %d %s from %s to %s", capitalized(results.reporter()), results.days().size(),
				results.days().size() == 1 ? "day" : "days", results.firstDay().map(Object::toString).orElse("-"),
				results.lastDay().map(Object::toString).orElse("-")));
		if (check == null) {
			return text.append(". Choose a budget with a total, a cost per send and flight dates to compare them with a forecast.")
					.toString();
		}
		text.append(String.format(Locale.ROOT, ": %.0f%% of the %d-day flight, held to that share of the forecast. Rates: %s.",
				check.share() * 100, parts.flightDays(), rates.source()));
		List<ForecastCheck.Figure> outside = check.outside();
		text.append(outside.isEmpty() ? " Every figure is within its forecast range."
				: " Outside the forecast: " + String.join("; ", outside.stream().map(ForecastCheck.Figure::describe).toList()) + ".");
		return text.toString();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private void show(String text, CampaignResults results, ForecastCheck check) {
		summary.setText(text);
		showColumnsRead(results);
		figures.show(check);
		showing(figures.control(), check != null);
		showFunnel(check);
		showDays(results, check);
		arrange();
		getManagedForm().getForm().reflow(true);
	}

	private static void showing(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	/**
	 * Names the column each figure was read from when one was read by a similar name or as the person
	 * chose, and offers to choose them; also when the report cannot be read but has a header, as
	 * choosing its columns may be what it needs.
	 */
	private void showColumnsRead(CampaignResults results) {
		boolean chosen = editing().document().has(COLUMNS_POINTER);
		boolean guessed = results != null && results.hasSimilarNames();
		showing(columnsRead, results != null && (guessed || chosen));
		showing(chooseColumns, results != null ? !results.header().isEmpty() && (guessed || chosen) : !header().isEmpty());
		showing(columnsRead.getParent(), columnsRead.getVisible() || chooseColumns.getVisible());
		if (results != null) {
			columnsRead.setText(ColumnsRead.describe(results));
		}
	}

	/** Asks which column holds each figure, starting from those read now, and keeps the answer in the campaign. */
	private void chooseColumns() {
		String report = editing().document().text(POINTER);
		Map<String, String> now = CampaignResults.chosenColumns(editing().document().root());
		try {
			campaignEditor().parts().results().ifPresent(r -> r.columns().forEach(c -> now.put(c.figure(), c.column())));
		} catch (IOException | RuntimeException e) {
			// the page says why; the person chooses from the header, starting from the columns chosen before
		}
		ResultsColumnsDialog dialog = new ResultsColumnsDialog(chooseColumns.getShell(), report, header(), now);
		if (dialog.open() != Window.OK) {
			return;
		}
		ObjectNode columns = JsonNodeFactory.instance.objectNode();
		dialog.chosen().forEach((figure, column) -> columns.put(figure, column));
		editing().set("Choose the columns of " + report, COLUMNS_POINTER, columns);
	}

	/** The names of the columns of the campaign's report; none for a report without a header row (or JSON). */
	private List<String> header() {
		try {
			Optional<Path> file = campaignEditor().parts().resultsFile();
			return file.isEmpty() ? List.of()
					: CampaignResults.header(file.get(), CampaignResults.chosenColumns(editing().document().root()));
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}

	/** The table and the chart of days stand side by side where both fit, the chart under the table where they do not. */
	private void arrange() {
		if (figuresAndDays.isDisposed()) {
			return;
		}
		int width = getManagedForm().getForm().getClientArea().width - AROUND;
		boolean tableShown = figures.control().getVisible();
		int table = tableShown ? figures.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).x : 0;
		int columns = tableShown && width >= table + DayChart.NARROWEST ? 2 : 1;
		((GridData) byDay.control().getLayoutData()).heightHint = columns == 2
				? Math.max(DayChart.HEIGHT, figures.control().computeSize(SWT.DEFAULT, SWT.DEFAULT).y) : DayChart.HEIGHT;
		GridLayout layout = (GridLayout) figuresAndDays.getLayout();
		if (layout.numColumns != columns) {
			layout.numColumns = columns;
			getManagedForm().getForm().reflow(true);
		}
	}

	private void showFunnel(ForecastCheck check) {
		boolean visible = check != null;
		showing(funnel.control(), visible);
		if (!visible) {
			return;
		}
		List<ForecastCheck.Figure> counts = check.figures().stream().filter(f -> !f.rate() && !f.name().equals("Spend")).toList();
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("Forecast, low", counts.stream().mapToDouble(f -> f.forecast().low()).toArray());
		series.put("Forecast, high", counts.stream().mapToDouble(f -> f.forecast().high()).toArray());
		series.put("Actual", counts.stream().mapToDouble(ForecastCheck.Figure::actual).toArray());
		funnel.show(counts.stream().map(ForecastCheck.Figure::name).toArray(String[]::new), series);
	}

	private void showDays(CampaignResults results, ForecastCheck check) {
		boolean visible = results != null && !results.days().isEmpty();
		showing(byDay.control(), visible);
		if (!visible) {
			return;
		}
		List<DayFigures> days = results.days();
		Map<String, double[]> lines = new LinkedHashMap<>();
		lines.put("Sends", days.stream().mapToDouble(DayFigures::sends).toArray());
		lines.put("Opens", days.stream().mapToDouble(DayFigures::opens).toArray());
		byDay.show(days.stream().map(d -> DAY.format(d.day())).toArray(String[]::new), lines, "Forecast sends a day",
				Optional.ofNullable(check).map(ForecastCheck::sendsPerDay));
	}

	private void showChoices() {
		String current = editing().document().text(POINTER);
		List<String> choices = new ArrayList<>();
		choices.add(NONE);
		choices.addAll(reportsBeside());
		if (!current.isEmpty() && !choices.contains(current)) {
			choices.add(current);
		}
		if (!Arrays.asList(chooser.getItems()).equals(choices)) {
			chooser.setItems(choices.toArray(String[]::new));
		}
		chooser.select(Math.max(0, choices.indexOf(current.isEmpty() ? NONE : current)));
	}

	/** The files beside the campaign that may be LinkedIn's reports: CSV, JSON or workbooks that are no Parley document. */
	private List<String> reportsBeside() {
		List<String> names = new ArrayList<>();
		try {
			for (IResource member : editor().file().getParent().members()) {
				String name = member.getName();
				String lower = name.toLowerCase(Locale.ROOT);
				if (member instanceof IFile && DocumentKind.ofFileName(name).isEmpty()
						&& (lower.endsWith(".csv") || lower.endsWith(".json") || lower.endsWith(".xlsx"))) {
					names.add(name);
				}
			}
		} catch (CoreException e) {
			return names;
		}
		names.sort(String::compareTo);
		return names;
	}
}
