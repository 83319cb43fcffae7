package io.parley.ui.flows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowLayout;
import io.parley.model.flow.FlowLayout.Edge;
import io.parley.model.flow.FlowLayout.Node;
import io.parley.model.validation.Diagnostic;
import io.parley.ui.editors.DocumentDiagnostics;

/**
 * The flow drawn as a graph: zoom, fit, scroll and click to select a message; drag an edge by its
 * arrowhead onto another message to send the button there. Boxes and edges with problems get a red
 * or amber outline and say what is wrong in their tooltip.
 */
public final class FlowCanvas {

	/** A button's edge dropped on a message. */
	@FunctionalInterface
	interface EdgeDrop {
		void dropped(int message, int button, int target);
	}

	/** How near an arrowhead, in flow pixels, a press picks up its edge. */
	private static final int ARROW_GRAB = 9;
	private static final double ZOOM_STEP = 1.25;
	private static final double MIN_ZOOM = 0.2;
	private static final double MAX_ZOOM = 3;
	/**
	 * The smallest size, in points, a message's name is drawn when fitting: below it names could not
	 * be read (beside the explorer in a 1024x768 window the whole sample flow fitted at 0.32, its names 3 pt), so the
	 * graph scrolls instead, the selected message in the middle.
	 */
	private static final double READABLE_POINTS = 8;

	private final Canvas canvas;
	private final DocumentDiagnostics diagnostics;
	private final GraphPainter painter;
	private final Map<Integer, Rectangle> edgeLabels = new HashMap<>();
	private ConversationFlow flow;
	private FlowLayout layout;
	private IntConsumer onSelect = message -> {
	};
	private EdgeDrop onEdgeDrop = (message, button, target) -> {
	};
	private double zoom = 1;
	/**
	 * Whether the graph is zoomed to show the whole flow: so it opens, and so it stays through
	 * resizes and edits (a new message in sight at once) until the person zooms in or out.
	 */
	private boolean fitted = true;
	private int selected = -1;
	/** Where a drag on the background started, with the scroll position then; null when not dragging. */
	private int[] dragFrom;
	/** The edge being moved by its arrowhead, or -1; and where the pointer is, in flow coordinates. */
	private int draggedEdge = -1;
	private Point draggedTo;

	FlowCanvas(Composite parent, DocumentDiagnostics diagnostics) {
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		this.diagnostics = diagnostics;
		this.painter = new GraphPainter(canvas.getDisplay(), this);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> refit());
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.MouseUp, this::released);
		canvas.addListener(SWT.MouseMove, this::dragged);
		canvas.addListener(SWT.MouseMove, this::hovered);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
		canvas.addDisposeListener(e -> painter.dispose());
	}

	public Canvas control() {
		return canvas;
	}

	void onSelect(IntConsumer listener) {
		onSelect = listener;
	}

	void onEdgeDrop(EdgeDrop listener) {
		onEdgeDrop = listener;
	}

	void show(ConversationFlow shown) {
		flow = shown;
		layout = FlowLayout.of(shown);
		edgeLabels.clear();
		refit();
	}

	private void refit() {
		if (fitted) {
			fit();
		} else {
			updateScrollBars();
			canvas.redraw();
		}
	}

	public FlowLayout layout() {
		return layout;
	}

	String messageId(int message) {
		return flow.messages().get(message).id();
	}

	/** What a message's box is titled: its name, as the buttons and the details call it; the opening one marked. */
	public String titleOf(int message) {
		return (isOpening(message) ? "▶ " : "") + messageId(message);
	}

	boolean isOpening(int message) {
		return messageId(message).equals(flow.start());
	}

	/** The selected message, or -1. */
	public int selected() {
		return selected;
	}

	void setSelected(int message) {
		selected = message;
		canvas.redraw();
	}

	/** Scrolls so the message's box is in sight. */
	void reveal(int message) {
		if (layout == null || message < 0 || message >= flow.messages().size()) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		if (area.isEmpty()) {
			return;
		}
		FlowLayout.Box box = layout.nodes().get(layout.nodeOf(message)).box();
		scrollTo(canvas.getHorizontalBar(), (int) (box.x() * zoom), (int) ((box.x() + box.width()) * zoom), area.width);
		scrollTo(canvas.getVerticalBar(), (int) (box.y() * zoom), (int) ((box.y() + box.height()) * zoom), area.height);
		canvas.redraw();
	}

	private static void scrollTo(ScrollBar bar, int from, int to, int visible) {
		int origin = bar.getSelection();
		if (from < origin) {
			bar.setSelection(Math.max(0, from - FlowLayout.MARGIN));
		} else if (to > origin + visible) {
			bar.setSelection(to - visible + FlowLayout.MARGIN);
		}
	}

	public double zoom() {
		return zoom;
	}

	public void zoomBy(double factor) {
		fitted = false;
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		updateScrollBars();
		canvas.redraw();
	}

	public void zoomIn() {
		zoomBy(ZOOM_STEP);
	}

	public void zoomOut() {
		zoomBy(1 / ZOOM_STEP);
	}

	/**
	 * Zooms so the whole flow shows, never larger than life nor so small that the names cannot be read
	 * (then the selected message is in the middle and the rest is scrolled to), and keeps it so until
	 * the person zooms.
	 */
	public void fit() {
		fitted = true;
		Rectangle area = canvas.getClientArea();
		if (layout == null || area.width == 0 || area.height == 0) {
			return;
		}
		double whole = Math.min(area.width / (double) layout.width(), area.height / (double) layout.height());
		zoom = Math.max(readableZoom(), Math.min(1, whole));
		updateScrollBars();
		if (zoom <= whole || selected < 0 || selected >= flow.messages().size()) {
			canvas.getHorizontalBar().setSelection(0);
			canvas.getVerticalBar().setSelection(0);
		} else {
			centreOn(selected);
		}
		canvas.redraw();
	}

	/** Scrolls so the message's box is in the middle of the view, as far as the flow reaches. */
	private void centreOn(int message) {
		Rectangle area = canvas.getClientArea();
		FlowLayout.Box box = layout.nodes().get(layout.nodeOf(message)).box();
		canvas.getHorizontalBar().setSelection((int) ((box.x() + box.width() / 2.0) * zoom - area.width / 2.0));
		canvas.getVerticalBar().setSelection((int) ((box.y() + box.height() / 2.0) * zoom - area.height / 2.0));
	}

	/** The least zoom at which a message's name is drawn at {@link #READABLE_POINTS}. */
	public double readableZoom() {
		return Math.min(1, READABLE_POINTS / canvas.getDisplay().getSystemFont().getFontData()[0].getHeight());
	}

	/** What is wrong with a node: for a message its own problems, for an ending its button's. */
	public List<Diagnostic> problemsOf(Node node) {
		if (node.kind() != FlowLayout.Kind.MESSAGE) {
			return diagnostics.within(buttonPointer(node.message(), node.button()));
		}
		String buttons = "/messages/" + node.message() + "/buttons/";
		return diagnostics.within("/messages/" + node.message()).stream().filter(d -> !d.path().startsWith(buttons)).toList();
	}

	public List<Diagnostic> problemsOf(Edge edge) {
		return diagnostics.within(buttonPointer(edge.message(), edge.button()));
	}

	private static String buttonPointer(int message, int button) {
		return "/messages/" + message + "/buttons/" + button;
	}

	/** Remembers where an edge's label was drawn, in flow coordinates, for its tooltip. */
	void labelDrawn(int edge, Rectangle bounds) {
		edgeLabels.put(edge, bounds);
	}

	private void paint(GC gc) {
		if (layout == null) {
			return;
		}
		Transform transform = new Transform(canvas.getDisplay());
		try {
			transform.translate(-canvas.getHorizontalBar().getSelection(), -canvas.getVerticalBar().getSelection());
			transform.scale((float) zoom, (float) zoom);
			gc.setTransform(transform);
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			painter.paint(gc, layout, selected);
			if (draggedEdge >= 0) {
				painter.paintDraggedEdge(gc, layout, layout.edges().get(draggedEdge), draggedTo.x, draggedTo.y);
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private Point toFlow(int x, int y) {
		return new Point((int) ((x + canvas.getHorizontalBar().getSelection()) / zoom),
				(int) ((y + canvas.getVerticalBar().getSelection()) / zoom));
	}

	/** A point of the flow in the canvas's own coordinates, as the mouse reports them. */
	public Point toControl(int flowX, int flowY) {
		return new Point((int) Math.round(flowX * zoom) - canvas.getHorizontalBar().getSelection(),
				(int) Math.round(flowY * zoom) - canvas.getVerticalBar().getSelection());
	}

	private void clicked(Event event) {
		if (layout == null || event.button != 1 && event.button != 3) {
			return;
		}
		canvas.setFocus();
		Point at = toFlow(event.x, event.y);
		int edge = event.button == 1 ? layout.edgeEndingAt(at.x, at.y, ARROW_GRAB) : -1;
		int node = layout.nodeAt(at.x, at.y);
		if (edge >= 0) {
			draggedEdge = edge;
			draggedTo = at;
		} else if (node >= 0) {
			select(node);
		} else if (event.button == 1) {
			dragFrom = new int[] { event.x, event.y, canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection() };
		}
	}

	private void select(int node) {
		int message = layout.nodes().get(node).message();
		setSelected(message);
		onSelect.accept(message);
	}

	/** Dragging the background moves the graph, as a hand would move paper; dragging an arrowhead moves the edge. */
	private void dragged(Event event) {
		if (draggedEdge >= 0) {
			draggedTo = toFlow(event.x, event.y);
			canvas.redraw();
		} else if (dragFrom != null && (event.stateMask & SWT.BUTTON1) != 0) {
			canvas.getHorizontalBar().setSelection(dragFrom[2] - (event.x - dragFrom[0]));
			canvas.getVerticalBar().setSelection(dragFrom[3] - (event.y - dragFrom[1]));
			canvas.redraw();
		}
	}

	/**
	 * An edge let go over another message now leads there; let go where it was, the press was a
	 * click on the box it leads to; anywhere else, nothing changes.
	 */
	private void released(Event event) {
		dragFrom = null;
		if (draggedEdge < 0) {
			return;
		}
		Edge edge = layout.edges().get(draggedEdge);
		draggedEdge = -1;
		canvas.redraw();
		Point at = toFlow(event.x, event.y);
		int node = layout.nodeAt(at.x, at.y);
		if (node == edge.to()) {
			select(node);
		} else if (node >= 0 && layout.nodes().get(node).kind() == FlowLayout.Kind.MESSAGE) {
			onEdgeDrop.dropped(edge.message(), edge.button(), layout.nodes().get(node).message());
		}
	}

	/** Problems in the tooltip; a hand over an arrowhead, which can be dragged. */
	private void hovered(Event event) {
		canvas.setToolTipText(problemsAt(event.x, event.y));
		if (layout != null && draggedEdge < 0) {
			Point at = toFlow(event.x, event.y);
			boolean onArrow = layout.edgeEndingAt(at.x, at.y, ARROW_GRAB) >= 0;
			canvas.setCursor(onArrow ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
		}
	}

	private String problemsAt(int x, int y) {
		if (layout == null) {
			return null;
		}
		Point at = toFlow(x, y);
		int node = layout.nodeAt(at.x, at.y);
		List<Diagnostic> problems = node >= 0 ? problemsOf(layout.nodes().get(node)) : edgeProblemsAt(at);
		return problems.isEmpty() ? null : problems.stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
	}

	private List<Diagnostic> edgeProblemsAt(Point at) {
		return edgeLabels.entrySet().stream().filter(e -> e.getValue().contains(at) && e.getKey() < layout.edges().size())
				.findFirst().map(e -> problemsOf(layout.edges().get(e.getKey()))).orElse(List.of());
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoomBy(event.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
			event.doit = false;
		}
	}

	private void updateScrollBars() {
		Rectangle area = canvas.getClientArea();
		int width = layout == null ? 0 : (int) (layout.width() * zoom);
		int height = layout == null ? 0 : (int) (layout.height() * zoom);
		configure(canvas.getHorizontalBar(), width, area.width);
		configure(canvas.getVerticalBar(), height, area.height);
	}

	private static void configure(ScrollBar bar, int content, int visible) {
		bar.setMaximum(Math.max(content, 1));
		bar.setThumb(Math.max(1, Math.min(content, visible)));
		bar.setPageIncrement(Math.max(1, visible));
		bar.setIncrement(20);
		bar.setVisible(content > visible);
		if (bar.getSelection() > content - visible) {
			bar.setSelection(Math.max(0, content - visible));
		}
	}
}
