package io.parley.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/**
 * Notices when another program changes, moves or deletes the editor's file. A clean editor follows
 * the disk quietly; a dirty one asks whether to reload (losing its changes) or keep its content.
 * A document's checks also read the documents beside it (a budget its campaigns, a campaign its
 * parts, a template its prospect list), so a change to one of those checks the editor's content again.
 */
final class DiskWatcher implements IResourceChangeListener {

	private final ParleyFormEditor editor;
	private final Display display;
	private volatile boolean disposed;
	private boolean asking;

	DiskWatcher(ParleyFormEditor editor) {
		this.editor = editor;
		this.display = editor.getSite().getShell().getDisplay();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		// The editor read its file before this watched it: a change made while it opened is settled too
		later(this::checkNow);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || disposed) {
			return;
		}
		if (neighbourChanged(event.getDelta().findMember(editor.file().getParent().getFullPath()))) {
			later(editor::recheck);
		}
		IResourceDelta delta = event.getDelta().findMember(editor.file().getFullPath());
		if (delta == null) {
			return;
		}
		if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
			IFile moved = editor.file().getWorkspace().getRoot().getFile(delta.getMovedToPath());
			later(() -> editor.moveTo(moved));
		} else if (delta.getKind() == IResourceDelta.REMOVED) {
			later(this::deleted);
		} else if ((delta.getFlags() & IResourceDelta.CONTENT) != 0) {
			later(this::checkNow);
		}
	}

	/**
	 * Runs {@code work} on the UI thread unless the editor has closed by then: a save on Exit or
	 * Close All changes the file just before the editor goes.
	 */
	private void later(Runnable work) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!disposed) {
					work.run();
				}
			});
		}
	}

	/** Whether a file beside the editor's appeared, went or changed content; marker changes do not count. */
	private boolean neighbourChanged(IResourceDelta folder) {
		if (folder == null) {
			return false;
		}
		for (IResourceDelta child : folder.getAffectedChildren(IResourceDelta.ADDED | IResourceDelta.REMOVED | IResourceDelta.CHANGED)) {
			boolean other = !child.getResource().equals(editor.file()) && child.getResource().getType() == IResource.FILE;
			if (other && (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
				return true;
			}
		}
		return false;
	}

	/** Compares the disk with what the editor last loaded or saved, and settles any difference. */
	void checkNow() {
		if (disposed || asking || !editor.diskDiffers()) {
			return;
		}
		if (!editor.isDirty()) {
			editor.revert();
			return;
		}
		asking = true;
		try {
			int choice = MessageDialog.open(MessageDialog.QUESTION, editor.getSite().getShell(), "File changed on disk",
					editor.file().getName() + " was changed outside this editor, which has unsaved changes.\n\n"
							+ "Reload the file and lose your changes, or keep the editor's content (saving will overwrite the file)?",
					0, "Reload", "Keep Mine");
			if (choice == 0) {
				editor.revert();
			} else {
				editor.keepEditorContent();
			}
		} finally {
			asking = false;
		}
	}

	private void deleted() {
		if (!editor.isDirty() && !editor.file().exists()) {
			editor.close(false);
		}
	}

	void dispose() {
		disposed = true;
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
