package io.parley.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The seed's software-demo Conversation Ad, analysed. */
class FlowAnalysisTest {

	private static final Path SAMPLE = Path.of("../io.parley.samples/sample/software-demo.flow.json");

	private static FlowAnalysis sample() throws IOException {
		return new FlowAnalysis(ConversationFlow.of(new ObjectMapper().readTree(SAMPLE.toFile())));
	}

	@Test
	void theSeedFlowIsASoundTree() throws IOException {
		FlowAnalysis analysis = sample();
		assertTrue(analysis.dangling().isEmpty());
		assertTrue(analysis.cycles().isEmpty());
		assertTrue(analysis.unreachable().isEmpty());
		assertTrue(analysis.deadEnds().isEmpty());
		assertEquals(2, analysis.depth());
	}

	@Test
	void everyPathIsListedWithWhatTheRecipientReads() throws IOException {
		List<FlowPath> paths = sample().paths();
		assertEquals(3 * 3 + 2 + 1, paths.size(), "three challenges with three endings, browsing with two, and Not interested");
		FlowPath notInterested = paths.stream().filter(p -> p.length() == 1).findFirst().orElseThrow();
		assertEquals("close", notInterested.terminal());
		assertEquals("Not interested", notInterested.steps().get(0).buttonText());
		FlowPath demo = paths.get(0);
		assertEquals(List.of("opening", "creative"), demo.steps().stream().map(FlowPath.Step::messageId).toList());
		assertEquals("Lead Gen Form", demo.terminal());
		assertTrue(demo.characters() > 300, "both messages are read: " + demo.characters());
	}
}
