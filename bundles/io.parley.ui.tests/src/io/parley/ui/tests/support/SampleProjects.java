package io.parley.ui.tests.support;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;

import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.SampleCampaigns;

/** A fresh campaign project with a copy of the sample campaigns, so a test edits files no other test uses. */
public final class SampleProjects {

	private SampleProjects() {
	}

	public static IProject create(String name) throws Exception {
		IProject project = CampaignProjects.create(ResourcesPlugin.getWorkspace(), name, null);
		SampleCampaigns.copyTo(folder(project));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	public static Path folder(IProject project) {
		return project.getLocation().toFile().toPath();
	}
}
