package io.parley.ui.flows;

import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.parley.ui.wizards.NewDocuments;

/** Creates a conversation flow from a template and opens it in the flow editor. */
public final class NewFlowWizard extends BasicNewResourceWizard {

	private NewFlowPage page;

	@Override
	public void addPages() {
		setWindowTitle("New Conversation Flow");
		page = new NewFlowPage(getSelection());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		return NewDocuments.createAndOpen(getWorkbench(), page);
	}
}
