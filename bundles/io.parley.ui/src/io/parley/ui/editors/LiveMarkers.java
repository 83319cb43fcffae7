package io.parley.ui.editors;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.workspace.EditedDocuments;
import io.parley.core.workspace.ProblemMarkers;
import io.parley.model.validation.Diagnostic;

/**
 * Writes an editor's diagnostics into the Problems view. Markers change in a workspace job after
 * typing pauses, so a burst of keystrokes costs one marker update, not one per key. While the editor
 * is open its markers are the ones shown: the builder, which sees only the file, leaves them alone.
 */
final class LiveMarkers {

	private static final long QUIET_MILLIS = 300;

	private volatile IFile file;
	private volatile List<Diagnostic> pending = List.of();
	private volatile DocumentKindDescriptor savedKind;
	private final WorkspaceJob job = new WorkspaceJob("Updating problems") {
		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			IFile target = file;
			if (!target.exists()) {
				return Status.OK_STATUS;
			}
			DocumentKindDescriptor kind = savedKind;
			try {
				ProblemMarkers.replace(target, kind == null ? pending : kind.validate(target.getLocation().toFile().toPath()));
			} catch (CoreException e) {
				// deleted since the check above (the job holds no lock on it): a deleted file has no problems to show
				if (target.exists()) {
					throw e;
				}
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == ProblemMarkers.JOB_FAMILY;
		}
	};

	LiveMarkers(IFile file) {
		this.file = file;
		job.setSystem(true);
		EditedDocuments.opened(file);
	}

	void fileMoved(IFile newFile) {
		EditedDocuments.closed(file);
		EditedDocuments.opened(newFile);
		file = newFile;
	}

	void show(List<Diagnostic> diagnostics) {
		pending = diagnostics;
		savedKind = null;
		job.schedule(QUIET_MILLIS);
	}

	/** Hands the file back to the builder, with markers for what is saved in it. */
	void editorClosed(DocumentKindDescriptor kind) {
		EditedDocuments.closed(file);
		if (kind == null) {
			return;
		}
		savedKind = kind;
		job.schedule();
	}
}
