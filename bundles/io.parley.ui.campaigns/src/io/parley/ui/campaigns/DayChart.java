package io.parley.ui.campaigns;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import io.parley.model.forecast.Range;
import io.parley.ui.budgets.OffscreenPainting;

/**
 * Figures day by day as lines across the days reported, the range they should fall in as dashed lines: the
 * same height however many days the report has, so it stands beside the table of figures. Where the
 * days are too many to name each, every few days is named.
 */
final class DayChart {

	/** The height of the table of figures beside it, about. */
	static final int HEIGHT = 230;
	static final int NARROWEST = 240;
	/** The room a day's name needs along the bottom, "Dec 12" and a gap. */
	private static final int DAY_NAME_WIDTH = 56;
	private static final DecimalFormat COUNT = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));

	private final Chart chart;
	private String[] days = new String[0];

	DayChart(Composite parent, String title, String valueTitle) {
		chart = new Chart(parent, SWT.NONE) {
			@Override
			public Point computeSize(int widthHint, int heightHint, boolean changed) {
				return new Point(widthHint == SWT.DEFAULT ? NARROWEST : widthHint, heightHint == SWT.DEFAULT ? HEIGHT : heightHint);
			}
		};
		chart.getTitle().setText(title);
		chart.getLegend().setPosition(SWT.BOTTOM);
		days().enableCategory(true);
		days().getTitle().setVisible(false);
		values().getTitle().setText(valueTitle);
		values().getTick().setFormat(COUNT);
		chart.addListener(SWT.Resize, e -> nameDays());
		OffscreenPainting.install(chart);
	}

	Chart control() {
		return chart;
	}

	private IAxis days() {
		return chart.getAxisSet().getXAxis(0);
	}

	private IAxis values() {
		return chart.getAxisSet().getYAxis(0);
	}

	/**
	 * Shows {@code lines} (name to one value a day) over {@code dayNames}, and the range a day should
	 * fall in, when there is one, as two dashed lines named once in the legend as {@code rangeName}.
	 */
	void show(String[] dayNames, Map<String, double[]> lines, String rangeName, Optional<Range> range) {
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		days = dayNames.clone();
		int[] colours = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_GREEN };
		int colour = 0;
		for (Map.Entry<String, double[]> line : lines.entrySet()) {
			ILineSeries<?> series = line(line.getKey(), line.getValue(), colours[colour++ % colours.length], LineStyle.SOLID);
			series.setSymbolType(PlotSymbolType.CIRCLE);
			series.setSymbolColor(series.getLineColor());
			series.setSymbolSize(3);
		}
		double largest = lines.values().stream().flatMapToDouble(Arrays::stream).max().orElse(0);
		range.ifPresent(r -> {
			line(rangeName, constant(r.low()), SWT.COLOR_DARK_GRAY, LineStyle.DASH).setDescription(rangeName);
			line(rangeName + ", high", constant(r.high()), SWT.COLOR_DARK_GRAY, LineStyle.DASH).setVisibleInLegend(false);
		});
		largest = Math.max(largest, range.map(Range::high).orElse(0.0));
		nameDays();
		values().setRange(new org.eclipse.swtchart.Range(0, largest <= 0 ? 1 : largest * 1.1));
		chart.redraw();
	}

	private ILineSeries<?> line(String name, double[] values, int colour, LineStyle style) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setYSeries(values);
		series.setLineStyle(style);
		series.setLineColor(chart.getDisplay().getSystemColor(colour));
		series.setSymbolType(PlotSymbolType.NONE);
		return series;
	}

	private double[] constant(double value) {
		double[] values = new double[days.length];
		Arrays.fill(values, value);
		return values;
	}

	/** Names every day where there is room, and every second, third, ... day where there is not. */
	private void nameDays() {
		int room = Math.max(1, (chart.getSize().x - 80) / DAY_NAME_WIDTH);
		int step = Math.max(1, (days.length + room - 1) / room);
		String[] names = new String[days.length];
		for (int i = 0; i < days.length; i++) {
			names[i] = i % step == 0 ? days[i] : "";
		}
		days().setCategorySeries(names);
		days().adjustRange();
	}
}
