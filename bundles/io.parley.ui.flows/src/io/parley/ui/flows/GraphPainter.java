package io.parley.ui.flows;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.parley.model.flow.FlowLayout;
import io.parley.model.flow.FlowLayout.Box;
import io.parley.model.flow.FlowLayout.Edge;
import io.parley.model.flow.FlowLayout.Kind;
import io.parley.model.flow.FlowLayout.Node;
import io.parley.model.validation.Diagnostic;
import io.parley.model.rules.Severity;

/** Draws a laid-out flow: edges first, labelled with their button, then the boxes over them. */
final class GraphPainter {

	private static final int ARC = 12;
	private static final int PAD = 8;
	private static final int EXCERPT = 120;

	private final Display display;
	private final FlowCanvas canvas;
	private final Color error;
	private final Color warning;
	private final Color selection;
	private final Color line;
	private final Color muted;
	private final Color messageFill;
	private final Color pageFill;
	private final Color formFill;
	private final Color closeFill;
	private final Font bold;
	private final Font small;

	GraphPainter(Display display, FlowCanvas canvas) {
		this.display = display;
		this.canvas = canvas;
		error = new Color(204, 35, 35);
		warning = new Color(222, 150, 0);
		selection = new Color(10, 102, 194);
		line = new Color(140, 140, 140);
		muted = new Color(110, 110, 110);
		messageFill = new Color(255, 255, 255);
		pageFill = new Color(222, 235, 250);
		formFill = new Color(222, 244, 226);
		closeFill = new Color(236, 236, 236);
		FontData data = display.getSystemFont().getFontData()[0];
		bold = new Font(display, data.getName(), data.getHeight(), SWT.BOLD);
		small = new Font(display, data.getName(), Math.max(7, data.getHeight() - 1), SWT.NORMAL);
	}

	void dispose() {
		bold.dispose();
		small.dispose();
	}

	void paint(GC gc, FlowLayout layout, int selectedMessage) {
		List<Edge> edges = layout.edges();
		for (int i = 0; i < edges.size(); i++) {
			paintEdge(gc, layout, i, edges.get(i));
		}
		for (Node node : layout.nodes()) {
			if (node.kind() == Kind.MESSAGE) {
				paintMessage(gc, node, node.message() == selectedMessage);
			} else {
				paintEnding(gc, node);
			}
		}
	}

	private void paintEdge(GC gc, FlowLayout layout, int index, Edge edge) {
		Color colour = outline(canvas.problemsOf(edge), line);
		gc.setForeground(colour);
		gc.setLineWidth(colour == line ? 1 : 2);
		gc.setLineStyle(edge.tree() ? SWT.LINE_SOLID : SWT.LINE_DASH);
		int[] start = layout.startOf(edge);
		int[] end = layout.endOf(edge);
		int x1 = start[0];
		int y1 = start[1];
		int x2 = end[0];
		int y2 = end[1];
		Path path = new Path(display);
		try {
			path.moveTo(x1, y1);
			int bend = Math.max(60, Math.abs(x2 - x1) / 2);
			path.cubicTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		arrowHead(gc, x2, y2);
		paintEdgeLabel(gc, index, edge, edge.tree() ? x2 : x1 + FlowLayout.COLUMN_GAP, edge.tree() ? y2 : y1, colour);
	}

	/** The edge being moved: a dashed line from its message to the pointer, and the message it would lead to ringed. */
	void paintDraggedEdge(GC gc, FlowLayout layout, Edge edge, int x, int y) {
		int[] start = layout.startOf(edge);
		gc.setForeground(selection);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine(start[0], start[1], x, y);
		gc.setLineStyle(SWT.LINE_SOLID);
		arrowHead(gc, x, y);
		int node = layout.nodeAt(x, y);
		if (node >= 0 && layout.nodes().get(node).kind() == Kind.MESSAGE) {
			Box box = layout.nodes().get(node).box();
			gc.drawRoundRectangle(box.x() - 4, box.y() - 4, box.width() + 8, box.height() + 8, ARC, ARC);
		}
	}

	private void arrowHead(GC gc, int x, int y) {
		gc.setBackground(gc.getForeground());
		gc.fillPolygon(new int[] { x, y, x - 7, y - 4, x - 7, y + 4 });
	}

	/** The button's text, just left of where the edge arrives, so labels of one message never share a row. */
	private void paintEdgeLabel(GC gc, int index, Edge edge, int rightX, int y, Color colour) {
		gc.setFont(small);
		String text = fit(gc, edge.label().isBlank() ? "(no text)" : edge.label(), FlowLayout.COLUMN_GAP - 2 * PAD);
		Point size = gc.textExtent(text);
		int x = rightX - PAD - size.x;
		int top = y - size.y - 2;
		gc.setForeground(colour == line ? muted : colour);
		gc.drawText(text, x, top, true);
		canvas.labelDrawn(index, new Rectangle(x, top, size.x, size.y));
	}

	private void paintMessage(GC gc, Node node, boolean selected) {
		Box box = node.box();
		gc.setBackground(messageFill);
		gc.fillRoundRectangle(box.x(), box.y(), box.width(), box.height(), ARC, ARC);
		Color border = outline(canvas.problemsOf(node), line);
		gc.setForeground(border);
		gc.setLineWidth(border != line ? 3 : 1);
		gc.drawRoundRectangle(box.x(), box.y(), box.width(), box.height(), ARC, ARC);
		if (selected) {
			gc.setForeground(selection);
			gc.setLineWidth(2);
			gc.drawRoundRectangle(box.x() - 4, box.y() - 4, box.width() + 8, box.height() + 8, ARC + 6, ARC + 6);
		}
		gc.setLineWidth(1);
		gc.setFont(bold);
		gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(fit(gc, canvas.titleOf(node.message()), box.width() - 2 * PAD), box.x() + PAD, box.y() + PAD, true);
		gc.setFont(small);
		gc.setForeground(muted);
		gc.drawText(fit(gc, excerpt(node.label()), box.width() - 2 * PAD), box.x() + PAD, box.y() + box.height() / 2 + 4, true);
	}

	private void paintEnding(GC gc, Node node) {
		Box box = node.box();
		List<Diagnostic> problems = canvas.problemsOf(node);
		boolean broken = node.kind() == Kind.NO_ACTION || node.kind() == Kind.MISSING_MESSAGE;
		gc.setBackground(fill(node.kind()));
		gc.fillRoundRectangle(box.x(), box.y(), box.width(), box.height(), box.height(), box.height());
		gc.setForeground(broken ? error : outline(problems, line));
		gc.setLineWidth(broken || !problems.isEmpty() ? 2 : 1);
		gc.drawRoundRectangle(box.x(), box.y(), box.width(), box.height(), box.height(), box.height());
		gc.setLineWidth(1);
		gc.setFont(small);
		gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		String text = fit(gc, endingText(node), box.width() - 2 * PAD);
		int textHeight = gc.textExtent(text).y;
		gc.drawText(text, box.x() + PAD, box.y() + (box.height() - textHeight) / 2, true);
	}

	private Color fill(Kind kind) {
		return switch (kind) {
		case LANDING_PAGE -> pageFill;
		case LEAD_GEN_FORM -> formFill;
		case CLOSE -> closeFill;
		default -> messageFill;
		};
	}

	private static String endingText(Node node) {
		return switch (node.kind()) {
		case LANDING_PAGE -> "Page: " + node.label();
		case LEAD_GEN_FORM -> "Form: " + node.label();
		case CLOSE -> "Close";
		default -> node.label();
		};
	}

	private Color outline(List<Diagnostic> problems, Color none) {
		if (problems.stream().anyMatch(Diagnostic::isError)) {
			return error;
		}
		return problems.stream().anyMatch(d -> d.severity() == Severity.WARNING) ? warning : none;
	}

	/** The start of the message's text on one line, for the line under its name: more than a box can show, never the whole text. */
	private static String excerpt(String text) {
		String start = text.length() > EXCERPT ? text.substring(0, EXCERPT) : text;
		String oneLine = start.strip().replaceAll("\\s+", " ");
		return oneLine.isEmpty() ? "(empty message)" : oneLine;
	}

	/** The text, cut with an ellipsis to fit {@code width} pixels. */
	static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (gc.textExtent(text.substring(0, middle) + "…").x <= width) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		int end = low;
		return text.substring(0, end) + "…";
	}
}
