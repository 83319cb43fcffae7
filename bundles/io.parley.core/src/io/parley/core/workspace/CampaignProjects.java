package io.parley.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/** Creates campaign workspaces: Eclipse projects with the Parley nature. */
public final class CampaignProjects {

	public static final String SAMPLE_PROJECT = "Sample Campaigns";

	private CampaignProjects() {
	}

	/** Creates and opens a project with the Parley nature, or adds the nature to an existing one. */
	public static IProject create(IWorkspace workspace, String name, IProgressMonitor monitor) throws CoreException {
		return create(workspace, name, null, monitor);
	}

	/** As {@link #create(IWorkspace, String, IProgressMonitor)}, in a folder of the user's choice (null: the default). */
	public static IProject create(IWorkspace workspace, String name, URI location, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		IProject project = workspace.getRoot().getProject(name);
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(name);
			description.setLocationURI(location);
			project.create(description, progress.split(1));
		}
		project.open(progress.split(1));
		if (!project.hasNature(ParleyNature.ID)) {
			IProjectDescription description = project.getDescription();
			String[] natures = description.getNatureIds();
			String[] withParley = java.util.Arrays.copyOf(natures, natures.length + 1);
			withParley[natures.length] = ParleyNature.ID;
			description.setNatureIds(withParley);
			project.setDescription(description, progress.split(1));
		}
		return project;
	}

	/**
	 * Installs the sample campaigns into a workspace that has no project yet, so a first start shows
	 * a real example instead of an empty explorer; files already in the project's folder (which
	 * {@code parley run} may have made) stay as they are. Returns the sample project, or null if the
	 * workspace already had projects.
	 */
	public static IProject installSampleIfEmpty(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IWorkspaceRoot root = workspace.getRoot();
		if (root.getProjects().length > 0) {
			return null;
		}
		return installSample(workspace, monitor);
	}

	/**
	 * The sample campaigns' project: made from the samples when the workspace has none, opened as the
	 * user left it (files changed or deleted) when it has.
	 */
	public static IProject installSample(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
		IProject existing = workspace.getRoot().getProject(SAMPLE_PROJECT);
		if (existing.exists()) {
			existing.open(monitor);
			return existing;
		}
		List<URL> samples;
		try {
			samples = SampleCampaigns.entries();
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		IProject project = create(workspace, SAMPLE_PROJECT, monitor);
		project.refreshLocal(IResource.DEPTH_ONE, null);
		for (URL entry : samples) {
			copy(entry, project.getFile(SampleCampaigns.fileName(entry)));
		}
		return project;
	}

	private static void copy(URL entry, IFile target) throws CoreException {
		if (target.exists()) {
			return;
		}
		try (InputStream in = entry.openStream()) {
			target.create(in, true, null);
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, CampaignProjects.class, "Cannot copy sample " + entry, e));
		}
	}
}
