package io.parley.ui.campaigns;

import java.io.IOException;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

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
 * of the funnel against its forecast range for the days reported, flagged when outside it, and
 * charts of the funnel and of each day.
 */
final class ResultsPage extends ParleyFormPage {

	static final String ID = "results";
	private static final String POINTER = "/results";
	private static final String NONE = "(none)";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

	private Combo chooser;
	private Label summary;
	private FiguresTable figures;
	private RangeChart funnel;
	private RangeChart byDay;

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
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		summaryData.widthHint = 300;
		summary.setLayoutData(summaryData);
		figures = new FiguresTable(toolkit, body);
		funnel = new RangeChart(body, "Actual against forecast", "members (log scale)", true);
		funnel.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		byDay = new RangeChart(body, "By day", "sends and opens", false);
		byDay.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Runnable update = this::update;
		editor().diagnostics().addListener(update);
		chooser.addDisposeListener(e -> editor().diagnostics().removeListener(update));
		PartMarkers.watch(campaignEditor(), chooser, update);
		update();
	}

	FiguresTable figures() {
		return figures;
	}

	String summary() {
		return summary.getText();
	}

	RangeChart funnelChart() {
		return funnel;
	}

	RangeChart dayChart() {
		return byDay;
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
		figures.show(check);
		figures.control().setVisible(check != null);
		((GridData) figures.control().getLayoutData()).exclude = check == null;
		showFunnel(check);
		showDays(results, check);
		getManagedForm().getForm().reflow(true);
	}

	private void showFunnel(ForecastCheck check) {
		boolean visible = check != null;
		funnel.control().setVisible(visible);
		((GridData) funnel.control().getLayoutData()).exclude = !visible;
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
		byDay.control().setVisible(visible);
		((GridData) byDay.control().getLayoutData()).exclude = !visible;
		if (!visible) {
			return;
		}
		List<DayFigures> days = results.days();
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("Sends", days.stream().mapToDouble(DayFigures::sends).toArray());
		if (check != null) {
			series.put("Forecast sends a day, low", days.stream().mapToDouble(d -> check.sendsPerDay().low()).toArray());
			series.put("Forecast sends a day, high", days.stream().mapToDouble(d -> check.sendsPerDay().high()).toArray());
		}
		series.put("Opens", days.stream().mapToDouble(DayFigures::opens).toArray());
		byDay.show(days.stream().map(d -> DAY.format(d.day())).toArray(String[]::new), series);
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
