package io.parley.ui.flows;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

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
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			page.setErrorMessage("The flow was created but cannot be opened: " + e.getMessage());
		}
		return true;
	}
}
