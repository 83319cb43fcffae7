package io.parley.ui.templates;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/** The message: its format and fields on the left, the inbox preview and best-practice advice on the right. */
final class MessagePage extends ParleyFormPage {

	static final String ID = "message";

	MessagePage(TemplateEditor editor) {
		super(editor, ID, "Message");
	}

	TemplateEditor templateEditor() {
		return (TemplateEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		Columns columns = twoColumns(toolkit, body);
		managedForm.addPart(new FormatSection(this, columns.left(), toolkit));
		managedForm.addPart(new ContentSection(this, columns.left(), toolkit));
		managedForm.addPart(new PreviewSection(this, columns.right(), toolkit));
		managedForm.addPart(new BestPracticeSection(this, columns.right(), toolkit));
	}
}
