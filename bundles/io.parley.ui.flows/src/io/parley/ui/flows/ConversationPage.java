package io.parley.ui.flows;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;

import io.parley.ui.editors.ParleyFormPage;

/** What frames the conversation: its name, who sends it, the subject line and the footer. */
public final class ConversationPage extends ParleyFormPage {

	public static final String ID = "io.parley.ui.flows.conversation";

	ConversationPage(FlowEditor editor) {
		super(editor, ID, "Conversation");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		body.setLayout(new GridLayout(1, false));
		new ConversationSection(this, body, managedForm.getToolkit());
	}
}
