package io.parley.ui.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A page of a Parley editor: a titled form whose header sums up the document's problems.
 * Subclasses fill the body, usually with {@link ParleySection}s; what a page shows outside its
 * sections it shows again in {@link #documentChanged(String)}.
 */
public abstract class ParleyFormPage extends FormPage {

	private static final int NARROWEST_COLUMN = 150;
	/** The least a page's two side-by-side panes ask for: they fill the editor, and a small window does not scroll them out of sight. */
	private static final int SASH_WIDTH = 600;
	private static final int SASH_HEIGHT = 300;

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
		ProblemHeading heading = new ProblemHeading(form);
		DocumentFollowing.whileShown(form, editor(), pointer -> {
			if (!form.isDisposed()) {
				documentChanged(pointer);
			}
		}, () -> {
			if (!form.isDisposed()) {
				heading.show(editor().diagnostics().all());
				documentChecked();
			}
		});
		heading.show(editor().diagnostics().all());
	}

	protected abstract void createBody(IManagedForm managedForm, Composite body);

	/**
	 * The document changed at {@code pointer} (the empty pointer: all of it), heard after the sections
	 * the page was made with heard it. By default nothing.
	 */
	protected void documentChanged(String pointer) {
	}

	/** The document was checked again; the page's heading shows the problems found. By default nothing more. */
	protected void documentChecked() {
	}

	/**
	 * Lays a page's sections out side by side where two fit the editor's width, and one under the
	 * other where they do not (the editor beside the explorer on a small screen), never wider than
	 * the editor.
	 */
	protected static void sideBySideWhereTheyFit(Composite body) {
		ColumnLayout columns = new ColumnLayout();
		columns.minNumColumns = 1;
		columns.maxNumColumns = 2;
		body.setLayout(columns);
	}

	/** Two panes side by side that fill the rest of {@code body}, a one-column grid, with a sash between them. */
	protected static SashForm sideBySidePanes(FormToolkit toolkit, Composite body) {
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.heightHint = SASH_HEIGHT;
		sashData.widthHint = SASH_WIDTH;
		sash.setLayoutData(sashData);
		toolkit.adapt(sash);
		return sash;
	}

	/** The two columns of a page that shows its sections side by side. */
	protected record Columns(Composite left, Composite right) {
	}

	/** Lays {@code body} out as two columns of equal width, for sections to stack in. */
	protected static Columns twoColumns(FormToolkit toolkit, Composite body) {
		body.setLayout(new GridLayout(2, true));
		return new Columns(column(toolkit, body), column(toolkit, body));
	}

	/**
	 * One column of a page's side-by-side layout. Its preferred width is small so the columns share
	 * the editor's width and wrap their text, rather than growing past the window's edge.
	 */
	private static Composite column(FormToolkit toolkit, Composite body) {
		Composite column = toolkit.createComposite(body);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		column.setLayout(layout);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = NARROWEST_COLUMN;
		column.setLayoutData(data);
		return column;
	}
}
