package io.parley.ui.flows;

import org.eclipse.ui.PartInitException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.parley.model.flow.ConversationFlow;
import io.parley.ui.editors.ParleyFormEditor;

/** The Conversation Ad editor: the flow as a graph with the selected message's details, and its paths. */
public final class FlowEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.flows.editor";

	private FlowPage flowPage;
	private PathsPage pathsPage;

	@Override
	protected void addDocumentPages() throws PartInitException {
		flowPage = new FlowPage(this);
		addPage(flowPage);
		pathsPage = new PathsPage(this);
		addPage(pathsPage);
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
