package io.parley.ui.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A labelled single-line text field that is not a message (a name, a currency, a date), bound to
 * the document and registered for its problems. Takes two columns of a grid.
 */
public final class TextField {

	private TextField() {
	}

	public static StyledText create(ParleyFormPage page, FormToolkit toolkit, Composite parent, String pointer, String label) {
		Label caption = toolkit.createLabel(parent, label + ":");
		caption.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		StyledText text = new StyledText(parent, SWT.BORDER | SWT.SINGLE);
		toolkit.adapt(text, true, false);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8;
		data.widthHint = 200;
		text.setLayoutData(data);
		text.setData("pointer", pointer);
		TextBinding.bind(text, page.editing(), pointer, label);
		page.editor().fields().register(pointer, text, page.getId());
		return text;
	}
}
