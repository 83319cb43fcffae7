package io.parley.ui.templates;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.MessageTextField;
import io.parley.ui.editors.ParleySection;

/** The fields of the template's format and no others, rebuilt when the format changes. */
final class ContentSection extends ParleySection {

	private final MessagePage page;
	private final FormToolkit toolkit;

	ContentSection(MessagePage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Content",
				"Type % for personalization fields. Counters show the worst case a recipient sees.", 2, Refresh.ON_REQUEST);
		this.page = page;
		this.toolkit = toolkit;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		refresh();
	}

	@Override
	protected void documentChanged(String pointer) {
		if (isAtOrAll(pointer, FormatSection.POINTER)) {
			refresh();
		}
	}

	/** Builds the fields of the template's format anew. */
	@Override
	public void refresh() {
		for (Control child : client().getChildren()) {
			child.dispose();
		}
		TemplateEditor editor = page.templateEditor();
		for (TemplateField field : TemplateField.values()) {
			if (field.isShown(editor.format(), page.editing().document())) {
				MessageTextField.create(page, toolkit, client(), field.pointer, field.label, field.lines, () -> editor.format().orElse(null));
			}
		}
		client().layout(true, true);
		page.getManagedForm().getForm().reflow(true);
		super.refresh();
	}
}
