package io.parley.ui.application;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;

import io.parley.core.workspace.ProjectChecks;

/** Project > Check All: every document of every campaign workspace checked again, as a job with progress. */
public final class CheckAllHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Job check = ProjectChecks.checkAll(ResourcesPlugin.getWorkspace());
		check.setUser(true);
		check.schedule();
		return null;
	}
}
