package io.parley.ui.wizards;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * A New wizard's page for a document that is always a file in the workspace: a campaign workspace
 * uses no linked files, so a page puts its own controls where the linked-file options were
 * ({@link #createAdvancedControls}).
 */
public abstract class NewWorkspaceFilePage extends WizardNewFileCreationPage {

	protected NewWorkspaceFilePage(String pageName, IStructuredSelection selection) {
		super(pageName, selection);
	}

	/** No link target to offer: the document is created in the workspace. */
	@Override
	protected final void createLinkTarget() {
		// nothing to create: there is no linked-file option on the page
	}

	@Override
	protected final IStatus validateLinkedResource() {
		return Status.OK_STATUS;
	}
}
