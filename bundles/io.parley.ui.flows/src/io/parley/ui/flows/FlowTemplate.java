package io.parley.ui.flows;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.eclipse.core.runtime.Platform;

import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.kinds.NewDocumentContent;

/**
 * What a new conversation flow starts from: a software-demo flow that passes every check, or a blank
 * two-button flow. The sample project's software-demo flow is not used: it shows a warning on purpose.
 */
public enum FlowTemplate {

	SOFTWARE_DEMO("Software demo", "An opening question with two answers and \"Not interested\"; each answer ends in a demo form, a page or a close."),
	BLANK("Blank, two buttons", "An opening message with \"Tell me more\" and \"Not interested\", and one message after it.");

	private final String label;
	private final String description;

	FlowTemplate(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	/** The new document: the template with its name, and the default sender when the preferences have one. */
	public byte[] content(String name, String sender) throws IOException {
		return NewDocumentContent.create(source(), Map.of("name", name, "sender", sender));
	}

	private URL source() throws IOException {
		URL url = this == SOFTWARE_DEMO ? Platform.getBundle("io.parley.ui.flows").getEntry("templates/software-demo.flow.json")
				: DocumentKindRegistry.getDefault().byId("flow").flatMap(k -> k.initialContent()).orElse(null);
		if (url == null) {
			throw new IOException("The template \"" + label + "\" is missing from the installation");
		}
		return url;
	}
}
