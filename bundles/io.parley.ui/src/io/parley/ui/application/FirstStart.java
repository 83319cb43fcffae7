package io.parley.ui.application;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;

import io.parley.core.workspace.CampaignProjects;

/**
 * A workspace with no project yet gets the sample campaigns, shown opened in the explorer, so a
 * first start teaches by example instead of showing an empty window.
 */
final class FirstStart extends WorkspaceJob {

	FirstStart() {
		super("Installing the sample campaigns");
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		IProject sample = CampaignProjects.installSampleIfEmpty(ResourcesPlugin.getWorkspace(), monitor);
		if (sample != null) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> reveal(sample));
		}
		return Status.OK_STATUS;
	}

	private static void reveal(IProject sample) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null && page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer) {
			explorer.getCommonViewer().expandToLevel(sample, 1);
			explorer.selectReveal(new StructuredSelection(sample));
		}
	}
}
