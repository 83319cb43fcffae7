package io.parley.model.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where to draw a conversation: messages as boxes in columns by depth, left to right, each button an
 * edge to the message it leads to or to a small node for its ending (landing page, form, close).
 * The messages form a tree from the opening message, so a tidy-tree layout suffices: every leaf takes
 * its own row and a message sits halfway between its first and last child, which keeps the boxes of
 * one column apart. Messages the opening one does not reach start their own trees below; a button
 * back to a message already placed is an edge to it and places nothing.
 */
public final class FlowLayout {

	public static final int MESSAGE_WIDTH = 200;
	public static final int MESSAGE_HEIGHT = 56;
	public static final int ENDING_WIDTH = 180;
	public static final int ENDING_HEIGHT = 28;
	public static final int COLUMN_GAP = 150;
	public static final int ROW_GAP = 14;
	public static final int MARGIN = 20;

	/** What a node stands for. */
	public enum Kind {
		MESSAGE, LANDING_PAGE, LEAD_GEN_FORM, CLOSE, NO_ACTION, MISSING_MESSAGE
	}

	/** A rectangle in layout coordinates. */
	public record Box(int x, int y, int width, int height) {

		public boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}

		public boolean contains(int px, int py) {
			return px >= x && px < x + width && py >= y && py < y + height;
		}
	}

	/**
	 * @param message the message shown, or for an ending the message whose button ends there
	 * @param button  -1 for a message, else the button that ends at this node
	 */
	public record Node(Kind kind, int message, int button, String label, Box box) {
	}

	/** A button: from its message's node to the node it leads to; {@code tree} is false for a button back to a placed message. */
	public record Edge(int message, int button, String label, int from, int to, boolean tree) {
	}

	private final ConversationFlow flow;
	private final List<Node> nodes = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();
	private final int[] messageNodes;
	private int rows;

	private FlowLayout(ConversationFlow flow) {
		this.flow = flow;
		this.messageNodes = new int[flow.messages().size()];
		Arrays.fill(messageNodes, -1);
	}

	public static FlowLayout of(ConversationFlow flow) {
		FlowLayout layout = new FlowLayout(flow);
		int start = flow.indexOf(flow.start());
		if (start >= 0) {
			layout.place(start, 0);
		}
		for (int i = 0; i < flow.messages().size(); i++) {
			if (layout.messageNodes[i] < 0) {
				layout.place(i, 0);
			}
		}
		return layout;
	}

	/** Places a message and its subtree; returns the row of its centre, which may fall between two rows. */
	private double place(int message, int column) {
		FlowMessage shown = flow.messages().get(message);
		int node = add(new Node(Kind.MESSAGE, message, -1, shown.text(), null));
		messageNodes[message] = node;
		double first = -1;
		double last = -1;
		for (int b = 0; b < shown.buttons().size(); b++) {
			double row = follow(message, b, node, column + 1);
			if (row >= 0) {
				first = first < 0 ? row : first;
				last = row;
			}
		}
		double centre = first < 0 ? rows++ : (first + last) / 2;
		nodes.set(node, at(nodes.get(node), column, centre, MESSAGE_WIDTH, MESSAGE_HEIGHT));
		return centre;
	}

	/** Adds the edge of one button; returns the row of a node it placed, or -1 when it placed none. */
	private double follow(int message, int button, int from, int column) {
		FlowButton pressed = flow.messages().get(message).buttons().get(button);
		int target = pressed.next() == null ? -1 : flow.indexOf(pressed.next());
		if (target >= 0 && messageNodes[target] >= 0) {
			edges.add(new Edge(message, button, pressed.text(), from, messageNodes[target], false));
			return -1;
		}
		int to = nodes.size();
		edges.add(new Edge(message, button, pressed.text(), from, to, true));
		if (target >= 0) {
			return place(target, column);
		}
		double row = rows++;
		nodes.add(at(new Node(endingKind(pressed), message, button, endingLabel(pressed), null), column, row, ENDING_WIDTH,
				ENDING_HEIGHT));
		return row;
	}

	private int add(Node node) {
		nodes.add(node);
		return nodes.size() - 1;
	}

	private static Node at(Node node, int column, double row, int width, int height) {
		int centreY = MARGIN + (int) Math.round(row * (MESSAGE_HEIGHT + ROW_GAP)) + MESSAGE_HEIGHT / 2;
		int x = MARGIN + column * (MESSAGE_WIDTH + COLUMN_GAP);
		return new Node(node.kind(), node.message(), node.button(), node.label(), new Box(x, centreY - height / 2, width, height));
	}

	private static Kind endingKind(FlowButton button) {
		if (button.next() != null) {
			return button.actionCount() == 1 ? Kind.MISSING_MESSAGE : Kind.NO_ACTION;
		}
		if (!button.isTerminal()) {
			return Kind.NO_ACTION;
		}
		return button.url() != null ? Kind.LANDING_PAGE : button.leadGenForm() != null ? Kind.LEAD_GEN_FORM : Kind.CLOSE;
	}

	private static String endingLabel(FlowButton button) {
		return switch (endingKind(button)) {
		case MISSING_MESSAGE -> "missing: " + button.next();
		case NO_ACTION -> button.actionCount() == 0 ? "no action" : "several actions";
		case LANDING_PAGE -> button.url();
		case LEAD_GEN_FORM -> button.leadGenForm();
		default -> "close";
		};
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Edge> edges() {
		return edges;
	}

	/** The node index of a message. */
	public int nodeOf(int message) {
		return messageNodes[message];
	}

	/** The node at a point, or -1. */
	public int nodeAt(int x, int y) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).box().contains(x, y)) {
				return i;
			}
		}
		return -1;
	}

	/** Where an edge leaves its message: the middle of the box's right side, as {x, y}. */
	public int[] startOf(Edge edge) {
		Box from = nodes.get(edge.from()).box();
		return new int[] { from.x() + from.width(), from.y() + from.height() / 2 };
	}

	/** Where an edge arrives, at its arrowhead: the middle of the left side of the box it leads to, as {x, y}. */
	public int[] endOf(Edge edge) {
		Box to = nodes.get(edge.to()).box();
		return new int[] { to.x(), to.y() + to.height() / 2 };
	}

	/**
	 * The edge whose arrowhead is nearest to a point, within {@code radius}; -1 if none is. Several
	 * buttons may lead to one message, and so share an arrowhead: the first of them is taken.
	 */
	public int edgeEndingAt(int x, int y, int radius) {
		int nearest = -1;
		long nearestDistance = (long) radius * radius;
		for (int i = 0; i < edges.size(); i++) {
			int[] end = endOf(edges.get(i));
			long dx = end[0] - x;
			long dy = end[1] - y;
			if (dx * dx + dy * dy <= nearestDistance && (nearest < 0 || dx * dx + dy * dy < nearestDistance)) {
				nearest = i;
				nearestDistance = dx * dx + dy * dy;
			}
		}
		return nearest;
	}

	public int width() {
		return nodes.stream().mapToInt(n -> n.box().x() + n.box().width()).max().orElse(0) + MARGIN;
	}

	public int height() {
		return nodes.stream().mapToInt(n -> n.box().y() + n.box().height()).max().orElse(0) + MARGIN;
	}
}
