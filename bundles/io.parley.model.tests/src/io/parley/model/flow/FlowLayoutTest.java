package io.parley.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.flow.FlowLayout.Kind;
import io.parley.model.flow.FlowLayout.Node;

/** Laying out conversations: large ones without overlaps, broken ones still completely. */
class FlowLayoutTest {

	/** A tree of 50 messages: message i leads to 2i+1 and 2i+2 when they exist, and every message ends somewhere. */
	private static ConversationFlow fiftyMessages() {
		List<FlowMessage> messages = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			List<FlowButton> buttons = new ArrayList<>();
			for (int child = 2 * i + 1; child <= 2 * i + 2 && child < 50; child++) {
				buttons.add(new FlowButton("to " + child, "m" + child, null, null, false));
			}
			buttons.add(new FlowButton("Visit", null, "https://example.com/" + i, null, false));
			if (i % 3 == 0) {
				buttons.add(new FlowButton("Book", null, null, "Demo form", false));
			}
			buttons.add(new FlowButton("No thanks", null, null, null, true));
			messages.add(new FlowMessage("m" + i, "Message " + i, buttons));
		}
		return new ConversationFlow("big", "", "", "", "m0", messages);
	}

	@Test
	void fiftyMessagesLayOutWithoutOverlappingBoxes() {
		FlowLayout layout = FlowLayout.of(fiftyMessages());
		List<Node> nodes = layout.nodes();
		assertEquals(50, nodes.stream().filter(n -> n.kind() == Kind.MESSAGE).count());
		for (int a = 0; a < nodes.size(); a++) {
			for (int b = a + 1; b < nodes.size(); b++) {
				assertFalse(nodes.get(a).box().overlaps(nodes.get(b).box()), nodes.get(a) + " overlaps " + nodes.get(b));
			}
		}
		assertTrue(layout.width() > 0 && layout.height() > 0);
	}

	@Test
	void anEdgeIsFoundByItsArrowheadSoItCanBeDraggedElsewhere() {
		FlowLayout layout = FlowLayout.of(fiftyMessages());
		for (FlowLayout.Edge edge : layout.edges()) {
			int[] end = layout.endOf(edge);
			int found = layout.edgeEndingAt(end[0] + 3, end[1] - 2, 8);
			assertEquals(edge.to(), layout.edges().get(found).to(), "the arrowhead of " + edge + " is that edge's or one sharing it");
			int[] start = layout.startOf(edge);
			assertTrue(start[0] < end[0], "edges go right: " + edge);
		}
		int[] end = layout.endOf(layout.edges().get(0));
		assertEquals(-1, layout.edgeEndingAt(end[0] - 20, end[1], 8), "beyond the radius");
	}

	@Test
	void everyButtonIsAnEdgeThatGoesRight() {
		ConversationFlow flow = fiftyMessages();
		FlowLayout layout = FlowLayout.of(flow);
		int buttons = flow.messages().stream().mapToInt(m -> m.buttons().size()).sum();
		assertEquals(buttons, layout.edges().size());
		for (FlowLayout.Edge edge : layout.edges()) {
			assertTrue(layout.nodes().get(edge.from()).box().x() < layout.nodes().get(edge.to()).box().x(), edge.toString());
		}
	}

	@Test
	void aParentSitsBetweenItsChildren() {
		FlowLayout layout = FlowLayout.of(fiftyMessages());
		int parent = layout.nodes().get(layout.nodeOf(0)).box().y();
		assertTrue(layout.nodes().get(layout.nodeOf(1)).box().y() < parent);
		assertTrue(parent < layout.nodes().get(layout.nodeOf(2)).box().y());
	}

	@Test
	void brokenFlowsShowEveryMessageAndEveryBrokenButton() {
		List<FlowMessage> messages = List.of(
				new FlowMessage("a", "A", List.of(new FlowButton("to b", "b", null, null, false),
						new FlowButton("gone", "missing", null, null, false), new FlowButton("nothing", null, null, null, false))),
				new FlowMessage("b", "B", List.of(new FlowButton("back", "a", null, null, false))),
				new FlowMessage("lost", "Nobody reaches me", List.of()));
		FlowLayout layout = FlowLayout.of(new ConversationFlow("", "", "", "", "a", messages));
		List<Kind> kinds = layout.nodes().stream().map(Node::kind).toList();
		assertEquals(List.of(Kind.MESSAGE, Kind.MESSAGE, Kind.MISSING_MESSAGE, Kind.NO_ACTION, Kind.MESSAGE), kinds);
		FlowLayout.Edge back = layout.edges().stream().filter(e -> e.label().equals("back")).findFirst().orElseThrow();
		assertFalse(back.tree());
		assertEquals(layout.nodeOf(0), back.to());
		assertTrue(layout.nodes().get(layout.nodeOf(2)).box().y() > layout.nodes().get(layout.nodeOf(0)).box().y());
	}

	@Test
	void theSampleFlowHasThreeColumns() throws IOException {
		ConversationFlow flow = ConversationFlow.of(new ObjectMapper()
				.readTree(Path.of("../io.parley.samples/sample/software-demo.flow.json").toFile()));
		FlowLayout layout = FlowLayout.of(flow);
		assertEquals(3, layout.nodes().stream().mapToInt(n -> n.box().x()).distinct().count(),
				"opening, its answers, and their endings");
		assertEquals(5 + 3 * 3 + 2 + 1, layout.nodes().size());
	}
}
