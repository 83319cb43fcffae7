package io.parley.ui.editors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.FileEditorInput;

import io.parley.model.files.DocumentReadException;

/**
 * Shown instead of the form pages when a file does not load: where and why, and a way to open it
 * as text to repair it. The editor has nothing to save, so the file stays exactly as it is.
 */
public final class LoadErrorPage extends FormPage {

	public static final String ID = "io.parley.ui.editors.loadError";
	static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor";
	/** A small preferred width, so the problem wraps to the window instead of widening the page. */
	private static final int WRAPPING_WIDTH = 100;

	private final DocumentReadException problem;

	LoadErrorPage(ParleyFormEditor editor, DocumentReadException problem) {
		super(editor, ID, "Cannot Open");
		this.problem = problem;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("This file cannot be opened in the form editor");
		toolkit.decorateFormHeading(form.getForm());
		// where only: the whole problem, often longer than the window is wide, wraps in the body below
		form.setMessage(where(), IMessageProvider.ERROR);
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		Label detail = toolkit.createLabel(body, location() + "\n\nParley has left the file untouched. Open it as text to repair it, "
				+ "then open it here again.", SWT.WRAP);
		GridData wrapped = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrapped.widthHint = WRAPPING_WIDTH;
		detail.setLayoutData(wrapped);
		Button openAsText = toolkit.createButton(body, "Open as Text", SWT.PUSH);
		openAsText.addListener(SWT.Selection, e -> openAsText());
	}

	/** file:line:column: problem, as a compiler would say it. */
	public String location() {
		return where() + ": " + problem.problem();
	}

	private String where() {
		StringBuilder where = new StringBuilder(problem.file().getFileName().toString());
		if (problem.line() > 0) {
			where.append(':').append(problem.line()).append(':').append(Math.max(1, problem.column()));
		}
		return where.toString();
	}

	/**
	 * Matches open editors by id as well as input: by input alone the page would find this very
	 * editor, bring it forward and then close it, leaving nothing open.
	 */
	private void openAsText() {
		ParleyFormEditor editor = (ParleyFormEditor) getEditor();
		try {
			editor.getSite().getPage().openEditor(new FileEditorInput(editor.file()), TEXT_EDITOR_ID, true,
					IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
			editor.close(false);
		} catch (PartInitException e) {
			getManagedForm().getForm().setMessage("Cannot open a text editor: " + e.getMessage(), IMessageProvider.ERROR);
		}
	}
}
