package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/**
 * The budget's charts show what the document says: every value has a bar inside the chart, the
 * value axis covers the largest, the names never run into each other, and nothing is drawn outside
 * the chart when the page scrolls or another page or editor comes in front.
 */
class BudgetChartsTest {

	private static final long STEADY_MILLIS = 1_000;

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Budget Charts Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theFunnelShowsEveryFigureOfTheForecastOnItsLogScale() throws Exception {
		BudgetEditor editor = open("webinar-q4.budget.json", BudgetPage.ID);
		RangeChart chart = ((BudgetPage) editor.findPage(BudgetPage.ID)).forecast().chart();
		BudgetForecast forecast = editor.inputs().forecast(5000).orElseThrow();
		assertEquals(List.of("Sends", "Opens", "Clicks", "Replies", "Leads"), List.of(chart.names().getCategorySeries()));
		assertEquals(3, forecast.leads().low(), 0.5, "the sample's smallest figure: 3 leads");
		assertTrue(chart.values().isLogScaleEnabled());
		assertTrue(chart.values().getRange().lower < 3, "the log axis starts below the 3 leads: " + chart.values().getRange());
		assertShows(chart, "budget-chart-funnel", Map.of(
				"Low", FunnelRow.counts().stream().mapToDouble(row -> row.figure().apply(forecast).low()).toArray(),
				"High", FunnelRow.counts().stream().mapToDouble(row -> row.figure().apply(forecast).high()).toArray()));
	}

	@Test
	void eightScenariosEachHaveTheirNameAndBarsForSendsAndLeads() throws Exception {
		BudgetEditor editor = open("demo-requests.budget.json", ScenariosPage.ID);
		ScenariosPage page = (ScenariosPage) editor.findPage(ScenariosPage.ID);
		for (int i = 0; i < 7; i++) {
			Widgets.click(Widgets.button(page.getManagedForm().getForm().getBody(), "Add"));
		}
		UiWait.idle();
		RangeChart chart = page.comparison().chart();
		List<BudgetPlan.Scenario> scenarios = editor.inputs().plan().scenarios();
		assertEquals(8, scenarios.size());
		assertEquals(scenarios.stream().map(BudgetPlan.Scenario::name).toList(), List.of(chart.names().getCategorySeries()));
		assertNamesHaveALineEach(chart);
		assertShows(chart, "budget-chart-eight-scenarios", Map.of(
				"Sends", scenarios.stream().mapToDouble(s -> editor.inputs().forecast(s.total()).orElseThrow().sends().high()).toArray(),
				"Leads", scenarios.stream().mapToDouble(s -> editor.inputs().forecast(s.total()).orElseThrow().leads().high()).toArray()));
	}

	@Test
	void theInMailChartsAxisCoversTheMostRefusedSends() throws Exception {
		BudgetEditor editor = open("webinar-q4.budget.json", InMailPlanPage.ID);
		InMailPlanPage page = (InMailPlanPage) editor.findPage(InMailPlanPage.ID);
		page.plan("PREMIUM_CAREER", 6, 20, 15);
		UiWait.idle();
		List<InMailCreditLedger.Month> months = page.simulate();
		RangeChart chart = page.chart();
		assertEquals(15, months.stream().mapToInt(InMailCreditLedger.Month::refused).max().orElseThrow(), "the issue's 15 refused InMails");
		double[] ticks = chart.values().getTick().getTickLabelValues();
		assertTrue(ticks[ticks.length - 1] >= 15, "the scale's last number is at least 15: " + Arrays.toString(ticks));
		assertShows(chart, "budget-chart-inmail", Map.of(
				"Refused", months.stream().mapToDouble(InMailCreditLedger.Month::refused).toArray(),
				"Available", months.stream().mapToDouble(InMailCreditLedger.Month::available).toArray(),
				"Sent", months.stream().mapToDouble(InMailCreditLedger.Month::sent).toArray()));
	}

	/**
	 * Scenarios added while the chart runs past the bottom of the form, the window made smaller,
	 * the form scrolled, the pages switched: after each, the page tabs and the status line below the
	 * editor look as they do when the whole window is painted again, so nothing was left there.
	 */
	@Test
	void nothingIsDrawnOutsideTheChart() throws Exception {
		BudgetEditor editor = open("demo-requests.budget.json", ScenariosPage.ID);
		ScenariosPage page = (ScenariosPage) editor.findPage(ScenariosPage.ID);
		ScrolledForm form = page.getManagedForm().getForm();
		Rectangle original = Workbench.shell().getBounds();
		try {
			for (int i = 0; i < 7; i++) {
				Widgets.click(Widgets.button(form.getBody(), "Add"));
				assertNothingLeftBelowTheEditor("Add, scenario " + (i + 2));
			}
			Workbench.shell().setBounds(0, 0, 1024, 768);
			assertNothingLeftBelowTheEditor("1024x768");
			Control chart = page.comparison().chart().control();
			int chartTop = form.getDisplay().map(chart.getParent(), form.getBody(), chart.getLocation()).y;
			form.setOrigin(0, chartTop - form.getClientArea().height / 2);
			assertNothingLeftBelowTheEditor("the chart scrolled half out of sight");
			Widgets.click(Widgets.button(form.getBody(), "Add"));
			assertNothingLeftBelowTheEditor("Add while scrolled");
			editor.setActivePage(BudgetPage.ID);
			assertNothingLeftBelowTheEditor("the Budget page");
		} finally {
			Workbench.shell().setBounds(original);
			UiWait.idle();
		}
	}

	private static void assertNothingLeftBelowTheEditor(String after) throws Exception {
		UiWait.quiet(30_000);
		Rectangle client = Workbench.shell().getClientArea();
		Rectangle strip = Workbench.shell().getDisplay().map(Workbench.shell(), null, new Rectangle(0, client.height - 80, client.width, 80));
		ImageData shown = steadyScreen(strip);
		Workbench.shell().redraw(0, 0, client.width, client.height, true);
		UiWait.idle();
		ImageData repainted = steadyScreen(strip);
		if (!Arrays.equals(shown.data, repainted.data)) {
			Screenshots.save(Workbench.shell(), "budget-chart-left-drawn");
			save(shown, "budget-chart-left-drawn-strip-before-repaint");
			save(repainted, "budget-chart-left-drawn-strip-after-repaint");
			throw new AssertionError("after " + after + " something was drawn below the editor that a repaint takes away");
		}
	}

	/**
	 * The chart has a series of each name with its values (those below a log axis's start drawn at
	 * its start), every value has a bar inside the plot, and a screenshot {@code screenshot} is saved.
	 */
	private static void assertShows(RangeChart chart, String screenshot, Map<String, double[]> expected) throws Exception {
		double floor = chart.values().isLogScaleEnabled() ? chart.values().getRange().lower : 0;
		expected.forEach((name, values) -> {
			ISeries<?> series = chart.control().getSeriesSet().getSeries(name);
			assertTrue(series != null, "a series " + name);
			assertArrayEquals(Arrays.stream(values).map(v -> Math.max(v, floor)).toArray(), series.getYSeries(), 1e-9, name);
		});
		assertEveryValueHasABarInside(chart);
		Screenshots.save(Workbench.shell(), screenshot);
	}

	/** Each value above zero has a bar of at least a few pixels, all inside the plot, and the axis reaches past the largest. */
	private static void assertEveryValueHasABarInside(RangeChart chart) {
		Rectangle plot = new Rectangle(0, 0, chart.control().getPlotArea().getSize().x, chart.control().getPlotArea().getSize().y);
		IAxis values = chart.values();
		Range range = values.getRange();
		double largest = 0;
		for (ISeries<?> series : chart.control().getSeriesSet().getSeries()) {
			Rectangle[] bars = ((IBarSeries<?>) series).getBounds();
			double[] ys = series.getYSeries();
			for (int i = 0; i < ys.length; i++) {
				largest = Math.max(largest, ys[i]);
				if (ys[i] > range.lower) {
					String bar = series.getId() + " of " + chart.names().getCategorySeries()[i] + " (" + ys[i] + ")";
					assertTrue(bars[i] != null && bars[i].width >= 3 && bars[i].height >= 3, bar + " has a bar: " + bars[i]);
					assertTrue(plot.contains(bars[i].x, bars[i].y) && bars[i].x + bars[i].width <= plot.width
							&& bars[i].y + bars[i].height <= plot.height, bar + " lies inside the plot " + plot + ": " + bars[i]);
				}
			}
		}
		assertTrue(range.upper > largest, "the axis " + range + " reaches past the largest value " + largest);
	}

	private static void assertNamesHaveALineEach(RangeChart chart) {
		GC gc = new GC(chart.control());
		try {
			gc.setFont(chart.names().getTick().getFont());
			int line = gc.textExtent("Ag").y;
			int slot = chart.control().getPlotArea().getSize().y / chart.names().getCategorySeries().length;
			assertTrue(slot >= line, "each name has " + slot + " px for its " + line + " px line");
		} finally {
			gc.dispose();
		}
		assertFalse(chart.names().getTitle().isVisible(), "no turned title beside the names");
		assertEquals(0, chart.names().getTick().getTickLabelAngle(), "the names are not turned");
	}

	/**
	 * The area once it has not changed for a second: what a check, an update or GTK's fading scroll bars
	 * still draw on a loaded machine is not taken for a leftover, which stays until a repaint.
	 */
	private static ImageData steadyScreen(Rectangle area) {
		ImageData[] last = { screen(area) };
		long[] since = { System.currentTimeMillis() };
		UiWait.until(() -> {
			ImageData now = screen(area);
			if (!Arrays.equals(now.data, last[0].data)) {
				last[0] = now;
				since[0] = System.currentTimeMillis();
			}
			return System.currentTimeMillis() - since[0] >= STEADY_MILLIS;
		}, 10_000);
		return last[0];
	}

	private static void save(ImageData strip, String name) throws Exception {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { strip };
		loader.save(Path.of("target", "screenshots", name + ".png").toString(), SWT.IMAGE_PNG);
	}

	private static ImageData screen(Rectangle area) {
		Display display = Display.getCurrent();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static BudgetEditor open(String name, String pageId) throws Exception {
		BudgetEditor editor = EditorJourney.open(project.getFile(name), BudgetEditor.class, e -> e.setActivePage(pageId)).editor();
		UiWait.idle();
		return editor;
	}
}
