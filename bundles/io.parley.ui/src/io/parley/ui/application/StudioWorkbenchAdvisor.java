package io.parley.ui.application;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import io.parley.core.workspace.ProblemMarkers;
import io.parley.core.workspace.ProjectChecks;

/**
 * Sets up the studio: IDE adapters and images for the explorer, the first start, the check of
 * projects whose problems were lost, and saving the workspace at exit.
 */
public final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		WorkbenchImages.declare(configurer);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CampaignsPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	/** Installs the samples on a first start, and checks again the projects whose problems were lost. */
	@Override
	public void postStartup() {
		new FirstStart().schedule();
		ProjectChecks.checkWhereMissing(ResourcesPlugin.getWorkspace()).schedule();
	}

	/**
	 * Saves the workspace once the editors have closed and their files' problem markers are
	 * written, so the markers are there again at the next start. The check of the files saved at
	 * exit (the build that follows a change) comes first: the markers it wrote after the save were
	 * changes the workspace left unsaved, and said so in the log.
	 */
	@Override
	public void postShutdown() {
		try {
			Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
			Job.getJobManager().join(ProblemMarkers.JOB_FAMILY, null);
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
