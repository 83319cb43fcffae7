package io.parley.ui.flows;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.MessageTextField;
import io.parley.ui.editors.ParleySection;
import io.parley.ui.editors.TextBinding;

/** The conversation's name, sender, subject line and footer; each field shows the document itself. */
final class ConversationSection extends ParleySection {

	private final ConversationPage page;

	ConversationSection(ConversationPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Conversation", "The name is for you; recipients see the sender, the subject and the footer.", 2,
				Refresh.ON_REQUEST);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		plain(toolkit, "/name", "Name");
		plain(toolkit, "/sender", "Sender");
		MessageTextField.create(page, toolkit, client(), "/subject", "Subject", 1, () -> MessageFormat.CONVERSATION_AD);
		MessageTextField.create(page, toolkit, client(), "/footer", "Footer", 4, () -> MessageFormat.CONVERSATION_AD);
	}

	private void plain(FormToolkit toolkit, String pointer, String label) {
		toolkit.createLabel(client(), label + ":");
		StyledText text = new StyledText(client(), SWT.BORDER | SWT.SINGLE);
		toolkit.adapt(text, true, false);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8;
		text.setLayoutData(data);
		text.setData("pointer", pointer);
		TextBinding.bind(text, page.editing(), pointer, label.toLowerCase());
		page.editor().fields().register(pointer, text, page.getId());
	}
}
