package io.parley.ui.templates;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/**
 * A/B variants of the subject and body: the list, the chosen variant's fields, and the original
 * and the variant previewed side by side for the same person.
 */
final class VariantsPage extends ParleyFormPage {

	static final String ID = "variants";

	private FormToolkit toolkit;
	private Composite details;
	private Composite previews;
	private int selected = -1;

	VariantsPage(TemplateEditor editor) {
		super(editor, ID, "Variants");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		toolkit = managedForm.getToolkit();
		Columns columns = twoColumns(toolkit, body);
		managedForm.addPart(new VariantListSection(this, columns.left(), toolkit));
		details = columns.right();
		previews = toolkit.createComposite(body);
		previews.setLayout(new GridLayout(2, true));
		GridData previewsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		previewsData.widthHint = 300;
		previews.setLayoutData(previewsData);
		select(variantCount() > 0 ? 0 : -1);
	}

	int variantCount() {
		return editing().document().get(VariantListSection.POINTER).size();
	}

	int selected() {
		return selected;
	}

	/** Shows variant {@code index} (-1: none) in the details and the side-by-side preview. */
	void select(int index) {
		if (details == null || details.isDisposed()) {
			return;
		}
		selected = index;
		clear(details);
		clear(previews);
		new PreviewSection(this, previews, toolkit, "A: original", null);
		if (index >= 0) {
			String pointer = VariantListSection.POINTER + "/" + index;
			new VariantDetailsSection(this, details, toolkit, pointer);
			new PreviewSection(this, previews, toolkit, variantTitle(index), pointer);
		}
		details.getParent().layout(true, true);
		getManagedForm().getForm().reflow(true);
	}

	private String variantTitle(int index) {
		String name = editing().document().text(VariantListSection.POINTER + "/" + index + "/name");
		return name.isEmpty() ? "Variant " + (char) ('B' + index) : name;
	}

	private static void clear(Composite composite) {
		for (Control child : composite.getChildren()) {
			child.dispose();
		}
	}
}
