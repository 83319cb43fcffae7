package io.parley.ui.sequences;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.parley.sequences.SequenceGraph;
import io.parley.sequences.Step;
import io.parley.sequences.plan.PlanReport;
import io.parley.sequences.plan.StepForecast;

/**
 * The steps on a timeline: each step a box at its day, branches on lanes of their own, an arrow
 * from the step it follows; the box says the outcome it waits for and the wait. Boxes with a problem
 * have a red edge.
 */
final class Timeline {

	private static final int BOX_WIDTH = 180;
	private static final int NARROWEST_BOX = 120;
	private static final int BOX_HEIGHT = 68;
	private static final int LANE = 84;
	private static final int GAP = 36;
	private static final int MARGIN = 10;

	private final Canvas canvas;
	private final Supplier<PlannedSequence> planned;
	private final Supplier<List<String>> stepsWithProblems;
	private int boxWidth = BOX_WIDTH;

	Timeline(Composite parent, Supplier<PlannedSequence> planned, Supplier<List<String>> stepsWithProblems) {
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		this.planned = planned;
		this.stepsWithProblems = stepsWithProblems;
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(e -> paint(e.gc));
	}

	Canvas canvas() {
		return canvas;
	}

	/** The columns of boxes: one for each day that has a step, and one more for a step due the same day as the step it follows. */
	int columns() {
		return layout(planned.get()).columns();
	}

	/**
	 * The size that shows every step, one column per distinct day and one lane per branch, with boxes
	 * narrowed (down to a width that still reads) to fit {@code available} pixels; 0 when not known yet.
	 */
	Point size(int available) {
		int columns = Math.max(1, layout(planned.get()).columns());
		boxWidth = available <= 0 ? BOX_WIDTH : Math.max(NARROWEST_BOX, Math.min(BOX_WIDTH, (available - MARGIN * 2) / columns - GAP));
		Layout layout = layout(planned.get());
		return new Point(MARGIN * 2 + layout.columns * (boxWidth + GAP), MARGIN * 2 + Math.max(1, layout.lanes) * LANE);
	}

	void refresh() {
		canvas.redraw();
	}

	/** Where each step's box goes: its column (by day) and its lane. */
	private record Layout(Map<String, Rectangle> boxes, int columns, int lanes) {
	}

	private Layout layout(PlannedSequence planned) {
		SequenceGraph graph = new SequenceGraph(planned.sequence());
		List<Point> days = graph.inOrder().stream().map(step -> column(graph, step)).distinct()
				.sorted(Comparator.<Point>comparingInt(p -> p.x).thenComparingInt(p -> p.y)).toList();
		Map<String, Rectangle> boxes = new HashMap<>();
		Map<String, Integer> lanes = new HashMap<>();
		int[] nextLane = { 0 };
		for (Step step : graph.inOrder()) {
			Integer lane = step.isFirst() ? Integer.valueOf(0) : null;
			if (lane == null) {
				List<Step> siblings = graph.next(graph.pathTo(step).get(graph.pathTo(step).size() - 2));
				int parentLane = lanes.getOrDefault(step.follows(), 0);
				lane = siblings.indexOf(step) == 0 ? parentLane : ++nextLane[0];
			}
			lanes.put(step.id(), lane);
			int column = days.indexOf(column(graph, step));
			boxes.put(step.id(), new Rectangle(MARGIN + column * (boxWidth + GAP), MARGIN + lane * LANE, boxWidth, BOX_HEIGHT));
		}
		return new Layout(boxes, days.size(), nextLane[0] + 1);
	}

	/** Where a step's column goes: its day, then how deep it is in the sequence, so a step never covers the one it follows. */
	private static Point column(SequenceGraph graph, Step step) {
		return new Point(graph.dayOf(step), graph.pathTo(step).size());
	}

	private void paint(GC gc) {
		PlannedSequence current = planned.get();
		Layout layout = layout(current);
		Display display = canvas.getDisplay();
		List<String> troubled = stepsWithProblems.get();
		gc.setAntialias(SWT.ON);
		SequenceGraph graph = new SequenceGraph(current.sequence());
		for (Step step : graph.inOrder()) {
			Rectangle box = layout.boxes().get(step.id());
			Rectangle from = step.isFirst() ? null : layout.boxes().get(step.follows());
			if (from != null) {
				arrow(gc, display, from, box);
			}
		}
		for (Step step : graph.inOrder()) {
			Rectangle box = layout.boxes().get(step.id());
			gc.setBackground(display.getSystemColor(step.touch().isSponsored() ? SWT.COLOR_INFO_BACKGROUND : SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
			gc.setForeground(display.getSystemColor(troubled.contains(step.id()) ? SWT.COLOR_RED : SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.setLineWidth(troubled.contains(step.id()) ? 2 : 1);
			gc.drawRoundRectangle(box.x, box.y, box.width, box.height, 10, 10);
			gc.setLineWidth(1);
			gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			String people = current.plan().flatMap(plan -> plan.forecast(step)).map(StepForecast::people).map(PlanReport::people)
					.map(p -> " · " + p).orElse("");
			gc.drawString(fit(gc, step.id() + people, box.width - 12), box.x + 6, box.y + 5, true);
			gc.drawString(fit(gc, step.label() + " · day " + graph.dayOf(step), box.width - 12), box.x + 6, box.y + 25, true);
			String when = step.condition() + (step.waitDays() > 0 ? (step.condition().isEmpty() ? "after " : ", then ") + step.waitDays()
					+ (step.waitDays() == 1 ? " day" : " days") : "");
			gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_BLUE));
			gc.drawString(fit(gc, when.isEmpty() ? "first step" : when, box.width - 12), box.x + 6, box.y + 45, true);
		}
	}

	private static void arrow(GC gc, Display display, Rectangle from, Rectangle to) {
		gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
		int x1 = from.x + from.width;
		int y1 = from.y + from.height / 2;
		int x2 = to.x;
		int y2 = to.y + to.height / 2;
		if (x2 <= x1) {
			x1 = from.x + from.width / 2;
			y1 = from.y + from.height;
			x2 = to.x + to.width / 2;
			y2 = to.y;
		}
		gc.drawLine(x1, y1, x2, y2);
		double angle = Math.atan2(y2 - y1, x2 - x1);
		int[] head = { x2, y2, (int) (x2 - 9 * Math.cos(angle - 0.4)), (int) (y2 - 9 * Math.sin(angle - 0.4)),
				(int) (x2 - 9 * Math.cos(angle + 0.4)), (int) (y2 - 9 * Math.sin(angle + 0.4)) };
		gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.fillPolygon(head);
	}

	/** The text cut to {@code width} pixels with an ellipsis, so a long name never runs out of its box. */
	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && gc.textExtent(cut + "…").x > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}
}
