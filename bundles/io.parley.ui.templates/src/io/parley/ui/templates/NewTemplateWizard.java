package io.parley.ui.templates;

import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.parley.ui.wizards.NewDocuments;

/** Creates a message template of the format the person chooses, ready to send, and opens it in the template editor. */
public final class NewTemplateWizard extends BasicNewResourceWizard {

	private NewTemplatePage page;

	@Override
	public void addPages() {
		setWindowTitle("New Message Template");
		page = new NewTemplatePage(getSelection());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		return NewDocuments.createAndOpen(getWorkbench(), page);
	}
}
