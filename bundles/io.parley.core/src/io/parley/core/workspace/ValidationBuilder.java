package io.parley.core.workspace;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.files.DocumentKind;

/**
 * Checks documents whenever they change and turns the findings into Parley problem markers, so the
 * Problems view always shows the state on disk. A change to a file other documents refer to (a
 * prospect list, an audience, a budget) re-checks the whole project, since worst cases depend on it.
 * Documents open in an editor keep the editor's markers ({@link EditedDocuments}).
 */
public final class ValidationBuilder extends IncrementalProjectBuilder {

	public static final String ID = "io.parley.core.validationBuilder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null || touchesReferencedDocument(delta)) {
			checkAll(monitor);
		} else {
			delta.accept(d -> {
				if (d.getResource() instanceof IFile file && d.getKind() != IResourceDelta.REMOVED) {
					check(file);
				}
				return !StagingFolders.isStaging(d.getResource());
			});
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		ProblemMarkers.clear(getProject());
		ProjectChecks.forget(getProject());
	}

	private static boolean touchesReferencedDocument(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(d -> {
			String name = d.getResource().getName();
			found[0] |= d.getResource().getType() == IResource.FILE && !DocumentKind.TEMPLATE.names(name)
					&& !DocumentKind.FLOW.names(name) && kindOf(name).isPresent();
			return !found[0];
		});
		return found[0];
	}

	/** A check of the whole project cut short by a cancel is done again in full by the next build. */
	private void checkAll(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking campaign documents", IProgressMonitor.UNKNOWN);
		getProject().accept(resource -> {
			if (progress.isCanceled()) {
				return false;
			}
			if (resource instanceof IFile file) {
				progress.subTask(file.getName());
				check(file);
				progress.worked(1);
			}
			return !StagingFolders.isStaging(resource);
		});
		if (progress.isCanceled()) {
			forgetLastBuiltState();
			throw new OperationCanceledException();
		}
		ProjectChecks.markChecked(getProject());
	}

	private static void check(IFile file) throws CoreException {
		Optional<DocumentKindDescriptor> kind = kindOf(file.getName());
		IPath location = file.getLocation();
		if (kind.isEmpty() || !kind.get().isValidated() || location == null || EditedDocuments.isOpen(file)) {
			return;
		}
		ProblemMarkers.replace(file, kind.get().validate(location.toPath()));
	}

	private static Optional<DocumentKindDescriptor> kindOf(String fileName) {
		return DocumentKindRegistry.getDefault().forFileName(fileName);
	}
}
