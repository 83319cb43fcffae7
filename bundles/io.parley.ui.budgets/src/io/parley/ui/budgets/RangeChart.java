package io.parley.ui.budgets;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;

/**
 * A bar chart of a few series over named categories (SWTChart), its bars lying down: the names
 * stack down the left edge, a line each, so they never run into each other however many there are.
 * The value axis shows every value: a linear one runs from zero to a tick above the largest; a
 * logarithmic one (5,000 sends and 20 leads in one picture) from the power of ten below the
 * smallest, so the smallest value has a bar too. What SWTChart draws itself is drawn offscreen
 * first ({@link OffscreenPainting}), so none of it lands outside the chart. The campaign editor
 * draws a campaign's results against its forecast with it too.
 */
public final class RangeChart {

	private static final int[] COLOURS = { SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN };
	/** A longer name is shortened in the chart; the table beside it shows it whole. */
	private static final int LONGEST_NAME = 24;
	private static final int BAR_THICKNESS = 8;
	/** The chart's title, value axis, its title and the legend, around the bars. */
	private static final int FRAME_HEIGHT = 130;
	private static final int NARROWEST = 240;
	private static final double[] ROUND_STEPS = { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 };
	private static final DecimalFormat COUNT = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

	private final Chart chart;
	private final boolean logScale;
	private int height = FRAME_HEIGHT;
	private double largest;

	public RangeChart(Composite parent, String title, String valueTitle, boolean logScale) {
		this.chart = new Chart(parent, SWT.NONE) {
			@Override
			public Point computeSize(int widthHint, int heightHint, boolean changed) {
				return new Point(widthHint == SWT.DEFAULT ? NARROWEST : widthHint, heightHint == SWT.DEFAULT ? height : heightHint);
			}
		};
		this.logScale = logScale;
		chart.setOrientation(SWT.VERTICAL);
		chart.getTitle().setText(title);
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis names = names();
		names.enableCategory(true);
		names.setReversed(true);
		names.getTitle().setVisible(false);
		values().getTitle().setText(valueTitle);
		values().getTick().setFormat(logScale ? new PowersOfTen() : COUNT);
		chart.addListener(SWT.Resize, e -> coverLargest());
		OffscreenPainting.install(chart);
	}

	public Chart control() {
		return chart;
	}

	/** The axis of the category names, down the left edge. */
	public IAxis names() {
		return chart.getAxisSet().getXAxis(0);
	}

	/** The axis of the values, along the bottom. */
	public IAxis values() {
		return chart.getAxisSet().getYAxis(0);
	}

	/** Shows {@code series} (name to one value per category), replacing what the chart showed. */
	public void show(String[] categoryNames, Map<String, double[]> series) {
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		values().enableLogScale(false);
		names().setCategorySeries(Arrays.stream(categoryNames).map(RangeChart::shortened).toArray(String[]::new));
		double[] all = series.values().stream().flatMapToDouble(Arrays::stream).toArray();
		largest = Arrays.stream(all).max().orElse(0);
		double smallest = Arrays.stream(all).filter(v -> v > 0).min().orElse(1);
		boolean logarithmic = logScale && largest > 0;
		double floor = logarithmic ? powerOfTenBelow(smallest) : 0;
		// SWTChart draws the first series of lying bars lowest, and lists the legend from the top bar down.
		List<Map.Entry<String, double[]>> entries = List.copyOf(series.entrySet());
		for (int i = entries.size() - 1; i >= 0; i--) {
			IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, entries.get(i).getKey());
			bars.setYSeries(Arrays.stream(entries.get(i).getValue()).map(v -> Math.max(v, floor)).toArray());
			bars.setBarColor(color(COLOURS[i % COLOURS.length]));
		}
		names().adjustRange();
		values().enableLogScale(logarithmic);
		values().setRange(new Range(floor, roundAbove(largest)));
		coverLargest();
		fit(categoryNames.length, series.size());
		chart.redraw();
	}

	/** Makes the chart as tall as a line of text and a bar of each series per category need. */
	private void fit(int categories, int seriesCount) {
		int needed = FRAME_HEIGHT + Math.max(1, categories) * Math.max(lineHeight() + 6, seriesCount * BAR_THICKNESS + 8);
		if (needed == height) {
			return;
		}
		height = needed;
		for (Composite parent = chart.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof SharedScrolledComposite form) {
				form.reflow(true);
				return;
			}
		}
	}

	private int lineHeight() {
		GC gc = new GC(chart);
		try {
			gc.setFont(names().getTick().getFont());
			return gc.textExtent("Ag").y;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * A linear axis ends on a tick label at or above the largest value, so the scale visibly covers
	 * it: where the ticks SWTChart chose for this width stop short, the axis reaches the next one.
	 */
	private void coverLargest() {
		if (logScale || largest <= 0) {
			return;
		}
		for (int tries = 0; tries < 3; tries++) {
			double[] ticks = values().getTick().getTickLabelValues();
			if (ticks.length < 2 || ticks[ticks.length - 1] >= largest) {
				return;
			}
			double step = ticks[1] - ticks[0];
			values().setRange(new Range(0, (Math.floor(largest / step) + 1) * step));
		}
	}

	/** The power of ten below {@code value}: where a logarithmic axis starts so {@code value} still has a bar. */
	static double powerOfTenBelow(double value) {
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		return power < value ? power : power / 10;
	}

	/** A round number above {@code value}, where the value axis ends; 1 for nothing to show. */
	static double roundAbove(double value) {
		if (value <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		return Arrays.stream(ROUND_STEPS).map(step -> step * power).filter(end -> end > value).findFirst().orElse(10 * power);
	}

	private static String shortened(String name) {
		return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME - 1).strip() + "…";
	}

	private Color color(int id) {
		return chart.getDisplay().getSystemColor(id);
	}

	/**
	 * The numbers of a logarithmic axis: 1, 10, 100 and so on. SWTChart puts a tick at every 1 to 9
	 * times a power of ten and labels them left to right while there is room, so 9 came before 10
	 * and took its place; the ticks between get a blank wider than any axis, which SWTChart leaves out
	 * for want of room (a blank of spaces measures nothing, so it is one of blank Braille cells).
	 */
	private static final class PowersOfTen extends Format {

		private static final String NO_ROOM = "\u2800".repeat(500);

		@Override
		public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
			double number = ((Number) value).doubleValue();
			double exponent = Math.log10(number);
			return into.append(Math.abs(exponent - Math.rint(exponent)) < 1e-9 ? COUNT.format(number) : NO_ROOM);
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			return COUNT.parseObject(source, position);
		}
	}
}
