package io.parley.ui.flows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.PartInitException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.parley.core.workspace.ProblemMarkers;
import io.parley.model.flow.ConversationFlow;
import io.parley.ui.editors.ParleyFormEditor;

/** The Conversation Ad editor: the flow as a graph with the selected message's details, its paths, and its sender and subject. */
public final class FlowEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.flows.editor";

	private static final Pattern MESSAGE = Pattern.compile("/messages/(\\d+)");

	private FlowPage flowPage;
	private PathsPage pathsPage;

	@Override
	protected void addDocumentPages() throws PartInitException {
		flowPage = new FlowPage(this);
		addPage(flowPage);
		pathsPage = new PathsPage(this);
		addPage(pathsPage);
		addPage(new ConversationPage(this));
	}

	/** A problem of a message shows the message: selected in the graph, its details beside it. */
	@Override
	public void gotoMarker(IMarker marker) {
		Matcher message = MESSAGE.matcher(marker.getAttribute(ProblemMarkers.JSON_PATH, ""));
		if (isLoaded() && message.lookingAt()) {
			setActivePage(FlowPage.ID);
			flowPage.select(Integer.parseInt(message.group(1)));
		}
		super.gotoMarker(marker);
	}

	/** The flow as the editor holds it now, saved or not. */
	public ConversationFlow flow() {
		return ConversationFlow.of(editing().document().root());
	}

	/** The document's messages array, to be copied and changed by an edit. */
	JsonNode messages() {
		JsonNode messages = editing().document().get("/messages");
		return messages.isArray() ? messages : JsonNodeFactory.instance.arrayNode();
	}

	public FlowPage flowPage() {
		return flowPage;
	}

	public PathsPage pathsPage() {
		return pathsPage;
	}
}
