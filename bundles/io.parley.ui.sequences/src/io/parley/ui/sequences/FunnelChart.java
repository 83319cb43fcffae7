package io.parley.ui.sequences;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.parley.sequences.plan.PlanReport;
import io.parley.sequences.plan.StepForecast;

/**
 * The people at each step as bars lying down, one a line: the low case solid, up to the high case
 * lighter, the step's name on the left and the range on the right, all inside the chart.
 */
final class FunnelChart {

	static final int ROW = 28;
	private static final int NAME_WIDTH = 190;
	private static final int FIGURE_WIDTH = 110;

	private final Canvas canvas;
	private final Supplier<List<StepForecast>> steps;

	FunnelChart(Composite parent, Supplier<List<StepForecast>> steps) {
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		this.steps = steps;
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(e -> paint(e.gc));
	}

	Canvas canvas() {
		return canvas;
	}

	int height() {
		return Math.max(1, steps.get().size()) * ROW + 8;
	}

	private void paint(GC gc) {
		Display display = canvas.getDisplay();
		Rectangle area = canvas.getClientArea();
		List<StepForecast> forecasts = steps.get();
		double most = forecasts.stream().mapToDouble(f -> f.people().high()).max().orElse(1);
		int barSpace = Math.max(20, area.width - NAME_WIDTH - FIGURE_WIDTH - 16);
		for (int i = 0; i < forecasts.size(); i++) {
			StepForecast forecast = forecasts.get(i);
			int y = 4 + i * ROW;
			gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			String name = forecast.step().id() + " (" + forecast.step().label() + ")";
			Point extent = gc.textExtent(name);
			gc.drawString(name.length() > 0 && extent.x > NAME_WIDTH - 6 ? forecast.step().id() : name, 4, y + (ROW - 8 - extent.y) / 2 + 2, true);
			int low = (int) Math.round(barSpace * forecast.people().low() / Math.max(1, most));
			int high = (int) Math.round(barSpace * forecast.people().high() / Math.max(1, most));
			gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setAlpha(90);
			gc.fillRectangle(NAME_WIDTH, y, Math.max(1, high), ROW - 8);
			gc.setAlpha(255);
			gc.fillRectangle(NAME_WIDTH, y, Math.max(1, low), ROW - 8);
			gc.drawString(PlanReport.people(forecast.people()), NAME_WIDTH + barSpace + 8, y + 2, true);
		}
	}
}
