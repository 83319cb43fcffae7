package io.parley.ui.sequences;

import java.util.ArrayList;
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
 * from the step it follows; the box says the outcome it waits for and the wait, each of its texts
 * wrapped to the box's width (the boxes grow taller on a narrow page). Boxes with a problem have a
 * red edge.
 */
final class Timeline {

	private static final int BOX_WIDTH = 180;
	private static final int NARROWEST_BOX = 120;
	private static final int GAP = 36;
	private static final int MARGIN = 10;
	/** Room around a box's text, and the lines of one of its texts at most before it is cut with an ellipsis. */
	private static final int PADDING = 6;
	private static final int MOST_LINES = 3;
	/** Between one lane's boxes and the next. */
	private static final int LANE_GAP = 16;

	private final Canvas canvas;
	private final Supplier<PlannedSequence> planned;
	private final Supplier<List<String>> stepsWithProblems;
	private int boxWidth = BOX_WIDTH;
	private int boxHeight = 3 * 20 + 2 * PADDING;

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
		GC gc = new GC(canvas);
		try {
			PlannedSequence current = planned.get();
			SequenceGraph graph = new SequenceGraph(current.sequence());
			int lines = 3;
			for (Step step : graph.inOrder()) {
				lines = Math.max(lines, texts(current, graph, step).stream().mapToInt(text -> wrap(gc, text, boxWidth - 2 * PADDING).size()).sum());
			}
			boxHeight = lines * gc.getFontMetrics().getHeight() + 2 * PADDING;
		} finally {
			gc.dispose();
		}
		Layout layout = layout(planned.get());
		return new Point(MARGIN * 2 + layout.columns * (boxWidth + GAP), MARGIN * 2 + Math.max(1, layout.lanes) * (boxHeight + LANE_GAP));
	}

	/** The texts of the steps' boxes cut short with an ellipsis at the width they have now; empty when every one shows whole. */
	List<String> cutShort() {
		GC gc = new GC(canvas);
		try {
			PlannedSequence current = planned.get();
			SequenceGraph graph = new SequenceGraph(current.sequence());
			return graph.inOrder().stream().flatMap(step -> texts(current, graph, step).stream())
					.filter(text -> !String.join(" ", wrap(gc, text, boxWidth - 2 * PADDING)).equals(text)).toList();
		} finally {
			gc.dispose();
		}
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
			boxes.put(step.id(), new Rectangle(MARGIN + column * (boxWidth + GAP), MARGIN + lane * (boxHeight + LANE_GAP), boxWidth, boxHeight));
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
			int y = box.y + PADDING;
			List<String> texts = texts(current, graph, step);
			for (int i = 0; i < texts.size(); i++) {
				gc.setForeground(display.getSystemColor(i == texts.size() - 1 ? SWT.COLOR_DARK_BLUE : SWT.COLOR_LIST_FOREGROUND));
				for (String line : wrap(gc, texts.get(i), box.width - 2 * PADDING)) {
					gc.drawString(line, box.x + PADDING, y, true);
					y += gc.getFontMetrics().getHeight();
				}
			}
		}
	}

	/** What a step's box says: the step and its people, its touch and day, and the outcome and wait it follows. */
	private static List<String> texts(PlannedSequence current, SequenceGraph graph, Step step) {
		String people = current.plan().flatMap(plan -> plan.forecast(step)).map(StepForecast::people).map(PlanReport::people)
				.map(p -> " · " + p).orElse("");
		String when = step.condition() + (step.waitDays() > 0 ? (step.condition().isEmpty() ? "after " : ", then ") + step.waitDays()
				+ (step.waitDays() == 1 ? " day" : " days") : "");
		return List.of(step.id() + people, step.label() + " · day " + graph.dayOf(step), when.isEmpty() ? "first step" : when);
	}

	/** The text in lines of at most {@code width} pixels, broken between words, the last of {@link #MOST_LINES} cut with an ellipsis. */
	private static List<String> wrap(GC gc, String text, int width) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : text.split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (line.isEmpty() || gc.textExtent(longer).x <= width) {
				line = longer;
			} else {
				lines.add(line);
				line = word;
			}
		}
		lines.add(line);
		if (lines.size() > MOST_LINES) {
			String rest = String.join(" ", lines.subList(MOST_LINES - 1, lines.size()));
			lines = new ArrayList<>(lines.subList(0, MOST_LINES - 1));
			lines.add(rest);
		}
		lines.replaceAll(shown -> fit(gc, shown, width));
		return lines;
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
