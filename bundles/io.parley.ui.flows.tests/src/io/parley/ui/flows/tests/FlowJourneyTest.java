package io.parley.ui.flows.tests;

import static io.parley.ui.flows.tests.FlowHands.answerDialog;
import static io.parley.ui.flows.tests.FlowHands.click;
import static io.parley.ui.flows.tests.FlowHands.clickMessage;
import static io.parley.ui.flows.tests.FlowHands.combo;
import static io.parley.ui.flows.tests.FlowHands.contextMenu;
import static io.parley.ui.flows.tests.FlowHands.dragEdge;
import static io.parley.ui.flows.tests.FlowHands.page;
import static io.parley.ui.flows.tests.FlowHands.rightClickMessage;
import static io.parley.ui.flows.tests.FlowHands.tool;
import static io.parley.ui.flows.tests.FlowHands.typeAtEnd;
import static io.parley.ui.tests.support.FormInput.choose;
import static io.parley.ui.tests.support.FormInput.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.flow.FlowButton;
import io.parley.model.flow.FlowLayout;
import io.parley.model.flow.FlowMessage;
import io.parley.ui.flows.ConversationPage;
import io.parley.ui.flows.FlowCanvas;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.flows.FlowPage;
import io.parley.ui.flows.PathsPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.MacroProposals;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * The flow editor walked as a person does: every action on the graph, the toolbar, the context menu,
 * the keys, every field of the details (a macro taken from the proposals too) and the Conversation
 * page is unsaved, undoable, saved and shown again.
 */
class FlowJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Flow Journey Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theToolbarTheContextMenuAndTheKeys() throws Exception {
		EditorJourney<FlowEditor> journey = onFlow("toolbar.flow.json");
		journey.step("Flow > Add Message", e -> {
			tool(e, "Add Message");
			assertShownAndSelected(e, "message");
		}, e -> assertEquals("message", last(e).id()));
		journey.step("Duplicate", e -> {
			clickMessage(e, "creative");
			tool(e, "Duplicate");
			assertShownAndSelected(e, "creative-copy");
		}, e -> assertEquals("creative-copy", e.flow().messages().get(e.flow().indexOf("creative") + 1).id()));
		journey.step("Delete", e -> {
			clickMessage(e, "creative-copy");
			tool(e, "Delete");
		}, e -> assertEquals(-1, e.flow().indexOf("creative-copy")));
		journey.step("the Delete key on the graph", e -> {
			clickMessage(e, "message");
			key(e.flowPage().canvas().control(), SWT.DEL, 0);
		}, e -> assertEquals(-1, e.flow().indexOf("message")));
		journey.step("Rename...", e -> {
			clickMessage(e, "creative");
			answerDialog("Rename Message", "production");
			tool(e, "Rename...");
		}, e -> {
			assertEquals(-1, e.flow().indexOf("creative"));
			assertEquals("production", e.flow().messages().get(0).buttons().get(0).next(), "the button follows the rename");
		});
		journey.step("Make Opening", e -> {
			clickMessage(e, "browsing");
			tool(e, "Make Opening");
		}, e -> assertEquals("browsing", e.flow().start()));
		journey.step("Make Opening from the context menu", e -> {
			clickMessage(e, "opening");
			contextMenu(e, "Make Opening");
		}, e -> assertEquals("opening", e.flow().start()));
		journey.step("Add Message from the context menu", e -> {
			contextMenu(e, "Add Message");
			assertShownAndSelected(e, "message");
		}, e -> assertEquals("message", last(e).id()));
		journey.step("Duplicate from the context menu", e -> {
			clickMessage(e, "intel");
			contextMenu(e, "Duplicate");
		}, e -> assertTrue(e.flow().indexOf("intel-copy") >= 0));
		journey.step("a right-click on a message, then Duplicate from its menu", e -> {
			clickMessage(e, "visibility");
			rightClickMessage(e, "browsing");
			contextMenu(e, "Duplicate");
			assertShownAndSelected(e, "browsing-copy");
		}, e -> assertEquals(e.flow().indexOf("browsing") + 1, e.flow().indexOf("browsing-copy"), "the right-clicked message is copied"));
		journey.step("Delete from the context menu", e -> {
			clickMessage(e, "intel-copy");
			contextMenu(e, "Delete");
		}, e -> assertEquals(-1, e.flow().indexOf("intel-copy")));
		journey.step("Rename... from the context menu", e -> {
			clickMessage(e, "message");
			answerDialog("Rename Message", "thanks");
			contextMenu(e, "Rename...");
		}, e -> assertTrue(e.flow().indexOf("thanks") >= 0));
	}

	@Test
	void anEdgeDraggedOnTheGraph() throws Exception {
		EditorJourney<FlowEditor> journey = onFlow("edge-drag.flow.json");
		journey.step("drag the arrowhead of Creative's \"Book a demo\" onto Visibility", e -> {
			dragEdge(e, "creative", 0, "visibility");
			assertEquals(e.flow().indexOf("creative"), e.flowPage().selected(), "the message whose button moved is selected");
		}, e -> assertEquals("visibility", button(e, "creative", 0).next()));
	}

	@Test
	void theDetailsOfAMessage() throws Exception {
		EditorJourney<FlowEditor> journey = onFlow("details.flow.json");
		journey.step("typing in the message's text", e -> typeAtEnd(flowPage(e), "/messages/0/text", " Thanks!"),
				e -> assertTrue(e.flow().messages().get(0).text().endsWith("you? Thanks!")));
		String[] taken = new String[1];
		journey.step("a macro taken from the proposals in the message's text",
				e -> taken[0] = MacroProposals.takeTheSecond(FlowHands.field(flowPage(e), "/messages/0/text")),
				e -> assertTrue(e.flow().messages().get(0).text().endsWith("Thanks! " + taken[0]), e.flow().messages().get(0).text()));
		journey.step("typing in a button's text", e -> typeAtEnd(flowPage(e), "/messages/0/buttons/3/text", " now"),
				e -> assertEquals("Just browsing now", button(e, "opening", 3).text()));
		journey.step("×: delete a button", e -> click(flowPage(e), "✕", 4),
				e -> assertEquals(4, e.flow().messages().get(0).buttons().size()));
		journey.step("Add \"Not interested\"", e -> Widgets.click(Widgets.button(flowPage(e), "Add \"Not interested\"")),
				e -> assertEquals("Not interested", button(e, "opening", 4).text()));
		journey.step("↑: move a button up", e -> click(flowPage(e), "↑", 4),
				e -> assertEquals("Not interested", button(e, "opening", 3).text()));
		journey.step("↓: move a button down", e -> click(flowPage(e), "↓", 3),
				e -> assertEquals("Not interested", button(e, "opening", 4).text()));
		journey.step("the next message chosen for a button", e -> choose(combo(flowPage(e), "/messages/0/buttons/3/next"), "intel"),
				e -> assertEquals("intel", button(e, "opening", 3).next()));
		journey.step("a new next message chosen for a button", e -> {
			choose(combo(flowPage(e), "/messages/0/buttons/3/next"), "New message");
			assertShownAndSelected(e, "just-browsing-now");
		}, e -> assertEquals("just-browsing-now", button(e, "opening", 3).next()));
		journey.step("Add Button", e -> {
			clickMessage(e, "creative");
			Widgets.click(Widgets.button(flowPage(e), "Add Button"));
		}, e -> assertEquals(4, message(e, "creative").buttons().size()));
		journey.step("Action: Landing page", e -> {
			clickMessage(e, "creative");
			choose(combo(flowPage(e), "/messages/1/buttons/0"), "Landing page");
		}, e -> assertEquals("https://", button(e, "creative", 0).url()));
		journey.step("typing in the landing page", e -> {
			clickMessage(e, "creative");
			typeAtEnd(flowPage(e), "/messages/1/buttons/0/url", "example.com/demo");
		}, e -> assertEquals("https://example.com/demo", button(e, "creative", 0).url()));
		journey.step("Action: Lead Gen Form", e -> {
			clickMessage(e, "creative");
			choose(combo(flowPage(e), "/messages/1/buttons/1"), "Lead Gen Form");
		}, e -> assertEquals("", button(e, "creative", 1).leadGenForm()));
		journey.step("typing in the form's name", e -> {
			clickMessage(e, "creative");
			typeAtEnd(flowPage(e), "/messages/1/buttons/1/leadGenForm", "Case study form");
		}, e -> assertEquals("Case study form", button(e, "creative", 1).leadGenForm()));
		journey.step("Action: Close", e -> {
			clickMessage(e, "creative");
			choose(combo(flowPage(e), "/messages/1/buttons/0"), "Close");
		}, e -> assertTrue(button(e, "creative", 0).close()));
		journey.step("Action: Next message", e -> {
			clickMessage(e, "creative");
			choose(combo(flowPage(e), "/messages/1/buttons/1"), "Next message");
			assertShownAndSelected(e, "see-the-case-study");
		}, e -> assertEquals("see-the-case-study", button(e, "creative", 1).next()));
	}

	@Test
	void theConversationPage() throws Exception {
		EditorJourney<FlowEditor> journey = on("conversation.flow.json", ConversationPage.ID);
		for (String[] field : new String[][] { { "/name", " (spring)" }, { "/sender", " Jr." }, { "/subject", "!" },
				{ "/footer", " Unsubscribe any time." } }) {
			journey.step("typing in " + field[0].substring(1), e -> typeAtEnd(page(e, ConversationPage.ID), field[0], field[1]),
					e -> assertTrue(e.editing().document().text(field[0]).endsWith(field[1]), e.editing().document().text(field[0])));
		}
	}

	/** Choosing a path, pressing the preview's buttons and starting over read the flow and change nothing. */
	@Test
	void thePathsPageClickThrough() throws Exception {
		FlowEditor editor = on("paths.flow.json", PathsPage.ID).editor();
		PathsPage paths = editor.pathsPage();
		Table table = paths.table().getTable();
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
		assertTrue(paths.preview().transcript().contains("[Creative production]"), paths.preview().transcript());
		Composite area = page(editor, PathsPage.ID);
		Widgets.click(Widgets.button(area, "Start Over"));
		assertEquals(List.of("Creative production", "Performance visibility", "Competitive intel", "Just browsing", "Not interested"),
				paths.preview().choices());
		Widgets.click(Widgets.button(area, "Just browsing"));
		Widgets.click(Widgets.button(area, "No thanks"));
		assertTrue(paths.preview().transcript().endsWith("— the conversation closes —\n"), paths.preview().transcript());
		assertEquals(List.of(), paths.preview().choices());
		assertFalse(editor.isDirty(), "reading the paths changes nothing");
	}

	@Test
	void anEditThatBypassesTheHistoryFailsTheJourney() throws Exception {
		EditorJourney<FlowEditor> journey = onFlow("bypass.flow.json");
		AssertionError failure = assertThrows(AssertionError.class, () -> journey.step("changing the tree in place",
				e -> ((ObjectNode) e.editing().document().root()).put("subject", "changed"), e -> {
				}));
		assertTrue(failure.getMessage().contains("unsaved after the action"), failure.getMessage());
	}

	/** A message just added or reached is on the graph at once, in sight and selected, with its details beside it. */
	private static void assertShownAndSelected(FlowEditor editor, String id) {
		int message = editor.flow().indexOf(id);
		assertTrue(message >= 0, id + " is in the flow");
		assertEquals(message, editor.flowPage().selected(), id + " is selected");
		FlowCanvas canvas = editor.flowPage().canvas();
		FlowLayout.Box box = canvas.layout().nodes().get(canvas.layout().nodeOf(message)).box();
		Rectangle area = canvas.control().getClientArea();
		Point topLeft = canvas.toControl(box.x(), box.y());
		Point bottomRight = canvas.toControl(box.x() + box.width(), box.y() + box.height());
		assertTrue(area.contains(topLeft) && area.contains(bottomRight), id + " is in sight on the graph: " + topLeft + "-" + bottomRight
				+ " in " + area);
	}

	private static EditorJourney<FlowEditor> onFlow(String name) throws Exception {
		return on(name, FlowPage.ID);
	}

	/** Opens on {@code pageId} a copy of the sample flow of its own, named {@code name}, so each journey starts from the sample. */
	private static EditorJourney<FlowEditor> on(String name, String pageId) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("software-demo.flow.json").getContents()) {
			copy.create(sample, true, null);
		}
		return EditorJourney.open(copy, FlowEditor.class, e -> e.setActivePage(pageId));
	}

	private static Composite flowPage(FlowEditor editor) {
		return page(editor, FlowPage.ID);
	}

	private static FlowMessage last(FlowEditor editor) {
		List<FlowMessage> messages = editor.flow().messages();
		return messages.get(messages.size() - 1);
	}

	private static FlowMessage message(FlowEditor editor, String id) {
		return editor.flow().message(id).orElseThrow(() -> new AssertionError("no message " + id));
	}

	private static FlowButton button(FlowEditor editor, String id, int button) {
		return message(editor, id).buttons().get(button);
	}
}
