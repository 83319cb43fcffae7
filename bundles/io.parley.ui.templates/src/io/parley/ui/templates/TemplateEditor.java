package io.parley.ui.templates;

import java.util.Optional;

import org.eclipse.ui.PartInitException;

import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.ParleyFormEditor;

/** Edits a message template: the message with its preview and advice, and its A/B variants. */
public final class TemplateEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.templates.templateEditor";

	@Override
	protected void addDocumentPages() throws PartInitException {
		addPage(new MessagePage(this));
		addPage(new VariantsPage(this));
	}

	/** The template's format, empty while the file names none or an unknown one. */
	public Optional<MessageFormat> format() {
		return MessageFormat.of(editing().document().text("/format")).filter(f -> f != MessageFormat.CONVERSATION_AD);
	}
}
