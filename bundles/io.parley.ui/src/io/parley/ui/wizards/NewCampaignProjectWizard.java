package io.parley.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.parley.core.workspace.CampaignProjects;

/** Creates a campaign workspace: a project with the Parley nature, in the default or a chosen folder. */
public final class NewCampaignProjectWizard extends BasicNewResourceWizard {

	private WizardNewProjectCreationPage page;

	@Override
	public void addPages() {
		setWindowTitle("New Campaign Workspace");
		page = new WizardNewProjectCreationPage("newCampaignWorkspace");
		page.setTitle("Campaign workspace");
		page.setDescription("A folder of campaigns, audiences, templates, flows, budgets and prospect lists.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		IProject[] created = new IProject[1];
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor)
					throws org.eclipse.core.runtime.CoreException {
				created[0] = CampaignProjects.create(ResourcesPlugin.getWorkspace(), name, location, monitor);
			}
		};
		try {
			getContainer().run(true, true, create);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Campaign Workspace",
					"The workspace could not be created: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		selectAndReveal(created[0]);
		return true;
	}
}
