package io.parley.core.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Checks of whole campaign workspaces. A project checked in full carries a marker saying so, saved
 * and restored with its problem markers: a start that finds it missing (the studio was killed
 * before the workspace was saved, or the workspace is older than the marker) has lost the problems
 * too, so the project is checked again.
 */
public final class ProjectChecks {

	static final String CHECKED = "io.parley.core.checked";

	private ProjectChecks() {
	}

	/** The open campaign workspaces whose problems may be missing. */
	public static List<IProject> unchecked(IWorkspace workspace) {
		return parleyProjects(workspace).stream().filter(p -> !isChecked(p)).toList();
	}

	public static List<IProject> parleyProjects(IWorkspace workspace) {
		return Arrays.stream(workspace.getRoot().getProjects()).filter(ParleyNature::isParleyProject).toList();
	}

	public static boolean isChecked(IProject project) {
		try {
			return project.findMarkers(CHECKED, false, IResource.DEPTH_ZERO).length > 0;
		} catch (CoreException e) {
			return false;
		}
	}

	static void markChecked(IProject project) throws CoreException {
		if (!isChecked(project)) {
			project.createMarker(CHECKED);
		}
	}

	static void forget(IProject project) throws CoreException {
		project.deleteMarkers(CHECKED, false, IResource.DEPTH_ZERO);
	}

	/** A job that checks every campaign workspace in full, with progress: Project > Check All. */
	public static Job checkAll(IWorkspace workspace) {
		return new CheckJob(workspace, ProjectChecks::parleyProjects);
	}

	/** A job that checks in full the campaign workspaces whose problems may be missing, as at a start. */
	public static Job checkWhereMissing(IWorkspace workspace) {
		return new CheckJob(workspace, ProjectChecks::unchecked);
	}

	/** Checks the projects it picks when it runs, each as a full build of its validation. */
	private static final class CheckJob extends WorkspaceJob {

		private final IWorkspace workspace;
		private final Function<IWorkspace, List<IProject>> which;

		CheckJob(IWorkspace workspace, Function<IWorkspace, List<IProject>> which) {
			super("Checking campaign documents");
			this.workspace = workspace;
			this.which = which;
			setRule(workspace.getRuleFactory().buildRule());
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			List<IProject> projects = which.apply(workspace);
			SubMonitor progress = SubMonitor.convert(monitor, getName(), projects.size());
			for (IProject project : projects) {
				project.build(IncrementalProjectBuilder.FULL_BUILD, ValidationBuilder.ID, null, progress.split(1));
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ProblemMarkers.JOB_FAMILY;
		}
	}
}
