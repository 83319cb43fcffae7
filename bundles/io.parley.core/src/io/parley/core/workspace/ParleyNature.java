package io.parley.core.workspace;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a project as a Parley campaign workspace and installs the validation builder on it. */
public final class ParleyNature implements IProjectNature {

	public static final String ID = "io.parley.core.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		for (ICommand command : description.getBuildSpec()) {
			if (ValidationBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand validation = description.newCommand();
		validation.setBuilderName(ValidationBuilder.ID);
		ICommand[] old = description.getBuildSpec();
		ICommand[] spec = new ICommand[old.length + 1];
		System.arraycopy(old, 0, spec, 0, old.length);
		spec[old.length] = validation;
		description.setBuildSpec(spec);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] spec = java.util.Arrays.stream(description.getBuildSpec())
				.filter(c -> !ValidationBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
		description.setBuildSpec(spec);
		project.setDescription(description, null);
		ProblemMarkers.clear(project);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	public static boolean isParleyProject(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}
}
