package io.parley.core.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;

/**
 * Checks documents whenever they change and turns the findings into Parley problem markers, so the
 * Problems view always shows the state on disk. A changed file is checked again with the documents
 * that read it, as their kinds declare ({@link DocumentReferences}: a sequence the templates it
 * names); a file of a kind whose changes reach the whole project (a prospect list, an audience, a
 * budget: worst cases depend on them) checks every document again. Documents open in an editor keep
 * the editor's markers ({@link EditedDocuments}).
 */
public final class ValidationBuilder extends IncrementalProjectBuilder {

	public static final String ID = "io.parley.core.validationBuilder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		List<IFile> changed = delta == null ? List.of() : changedFiles(delta);
		if (delta == null || changed.stream().anyMatch(ValidationBuilder::rechecksProject)) {
			checkAll(monitor);
			return null;
		}
		Set<IFile> toCheck = new LinkedHashSet<>();
		for (IFile file : changed) {
			if (file.exists()) {
				toCheck.add(file);
			} else {
				DocumentReferences.removed(file);
			}
		}
		toCheck.addAll(DocumentReferences.dependentsOf(getProject(), changed));
		for (IFile file : toCheck) {
			check(file);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		ProblemMarkers.clear(getProject());
		ProjectChecks.forget(getProject());
		DocumentReferences.forget(getProject());
	}

	/** The files the delta added, changed or removed, outside the staging folders of runs and exports. */
	private static List<IFile> changedFiles(IResourceDelta delta) throws CoreException {
		List<IFile> files = new ArrayList<>();
		delta.accept(d -> {
			if (d.getResource() instanceof IFile file) {
				files.add(file);
			}
			return !StagingFolders.isStaging(d.getResource());
		});
		return files;
	}

	private static boolean rechecksProject(IFile file) {
		return kindOf(file.getName()).filter(DocumentKindDescriptor::rechecksProject).isPresent();
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
		if (kind.isEmpty() || location == null) {
			return;
		}
		DocumentReferences.note(file);
		if (kind.get().isValidated() && !EditedDocuments.isOpen(file)) {
			ProblemMarkers.replace(file, kind.get().validate(location.toPath()));
		}
	}

	private static Optional<DocumentKindDescriptor> kindOf(String fileName) {
		return DocumentKindRegistry.getDefault().forFileName(fileName);
	}
}
