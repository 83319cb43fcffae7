package io.parley.ui.flows;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.MessageTextField;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;
import io.parley.ui.editors.TextBinding;

/** What frames the conversation: its name, who sends it, the subject line and the footer. */
public final class ConversationPage extends ParleyFormPage {

	public static final String ID = "io.parley.ui.flows.conversation";

	ConversationPage(FlowEditor editor) {
		super(editor, ID, "Conversation");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(1, false));
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite fields = SectionClient.create(section, toolkit, "Conversation", "The name is for you; recipients see the sender, the subject and the footer.", 2);
		plain(toolkit, fields, "/name", "Name");
		plain(toolkit, fields, "/sender", "Sender");
		MessageTextField.create(this, toolkit, fields, "/subject", "Subject", 1, () -> MessageFormat.CONVERSATION_AD);
		MessageTextField.create(this, toolkit, fields, "/footer", "Footer", 4, () -> MessageFormat.CONVERSATION_AD);
	}

	private void plain(FormToolkit toolkit, Composite parent, String pointer, String label) {
		toolkit.createLabel(parent, label + ":");
		StyledText text = new StyledText(parent, SWT.BORDER | SWT.SINGLE);
		toolkit.adapt(text, true, false);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8;
		text.setLayoutData(data);
		text.setData("pointer", pointer);
		TextBinding.bind(text, editing(), pointer, label.toLowerCase());
		editor().fields().register(pointer, text, getId());
	}
}
