package io.parley.ui.editors;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.Severity;

/**
 * A page of a Parley editor: a titled form whose header sums up the document's problems, so a
 * problem no field shows is still in sight. Subclasses fill the body, usually with section parts.
 */
public abstract class ParleyFormPage extends FormPage {

	private static final int NARROWEST_COLUMN = 150;

	protected ParleyFormPage(ParleyFormEditor editor, String id, String title) {
		super(editor, id, title);
	}

	public ParleyFormEditor editor() {
		return (ParleyFormEditor) getEditor();
	}

	public DocumentEditing editing() {
		return editor().editing();
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		createBody(managedForm, form.getBody());
		Runnable header = () -> showSummary(form, editor().diagnostics().all());
		editor().diagnostics().addListener(header);
		form.addDisposeListener(e -> editor().diagnostics().removeListener(header));
		header.run();
	}

	protected abstract void createBody(IManagedForm managedForm, Composite body);

	/**
	 * One column of a page's side-by-side layout, for its sections to stack in. Its preferred width
	 * is small so the columns share the editor's width and wrap their text, rather than growing
	 * past the window's edge.
	 */
	protected static Composite column(FormToolkit toolkit, Composite body) {
		Composite column = toolkit.createComposite(body);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		column.setLayout(layout);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = NARROWEST_COLUMN;
		column.setLayoutData(data);
		return column;
	}

	private static void showSummary(ScrolledForm form, List<Diagnostic> diagnostics) {
		if (form.isDisposed()) {
			return;
		}
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
		if (errors + warnings == 0) {
			if (form.getMessage() != null) {
				form.setMessage(null, IMessageProvider.NONE);
			}
			return;
		}
		Diagnostic first = diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(diagnostics.get(0));
		String summary = count(errors, "error") + ", " + count(warnings, "warning") + ". " + first.message();
		if (!summary.equals(form.getMessage())) {
			form.setMessage(summary, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
		}
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
