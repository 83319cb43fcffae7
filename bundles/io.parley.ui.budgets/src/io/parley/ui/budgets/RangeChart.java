package io.parley.ui.budgets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

/**
 * A bar chart of a few series over named categories (SWTChart), e.g. the low and high end of each
 * funnel step. A logarithmic scale keeps 5,000 sends and 20 leads readable in one picture.
 */
final class RangeChart {

	private static final int[] COLOURS = { SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN };

	private final Chart chart;
	private final boolean logScale;

	RangeChart(Composite parent, String title, String yTitle, boolean logScale) {
		this.chart = new Chart(parent, SWT.NONE);
		this.logScale = logScale;
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		chart.getAxisSet().getXAxis(0).enableCategory(true);
	}

	Chart control() {
		return chart;
	}

	/** Shows {@code series} (name to one value per category), replacing what the chart showed. */
	void show(String[] categories, Map<String, double[]> series) {
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.enableLogScale(false);
		chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
		int colour = 0;
		for (Map.Entry<String, double[]> entry : new LinkedHashMap<>(series).entrySet()) {
			IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, entry.getKey());
			bars.setYSeries(logScale ? atLeastOne(entry.getValue()) : entry.getValue());
			bars.setBarColor(color(COLOURS[colour++ % COLOURS.length]));
		}
		chart.getAxisSet().adjustRange();
		if (logScale && !series.isEmpty()) {
			y.enableLogScale(true);
			chart.getAxisSet().adjustRange();
		}
		chart.redraw();
	}

	/** A log scale cannot show zero: a value below one is drawn as one. */
	private static double[] atLeastOne(double[] values) {
		double[] shown = values.clone();
		for (int i = 0; i < shown.length; i++) {
			shown[i] = Math.max(1, shown[i]);
		}
		return shown;
	}

	private Color color(int id) {
		return chart.getDisplay().getSystemColor(id);
	}
}
