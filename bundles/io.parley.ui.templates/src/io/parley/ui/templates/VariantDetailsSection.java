package io.parley.ui.templates;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.MessageTextField;
import io.parley.ui.editors.ParleySection;

/**
 * The chosen variant's name, subject and body, checked against the same limits as the original. A
 * subject or body left empty sends the original's, and its counter says so.
 */
final class VariantDetailsSection extends ParleySection {

	static final String AS_THE_ORIGINAL = "as the original";

	VariantDetailsSection(VariantsPage page, Composite parent, FormToolkit toolkit, String pointer) {
		super(page, parent, toolkit, "Variant", null, 2, Refresh.ON_REQUEST);
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		TemplateEditor editor = (TemplateEditor) page.editor();
		MessageTextField.create(page, toolkit, client(), pointer + "/name", "Name", 1, () -> editor.format().orElse(null));
		if (editor.format().map(f -> f.hasField("subject")).orElse(true)) {
			MessageTextField.create(page, toolkit, client(), pointer + "/subject", "Subject", 1, () -> editor.format().orElse(null))
					.whenEmpty(AS_THE_ORIGINAL);
		}
		MessageTextField.create(page, toolkit, client(), pointer + "/body", "Body", 8, () -> editor.format().orElse(null))
				.whenEmpty(AS_THE_ORIGINAL);
	}
}
