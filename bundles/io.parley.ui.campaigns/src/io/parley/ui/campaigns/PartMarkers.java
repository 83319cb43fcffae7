package io.parley.ui.campaigns;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Tells the overview when the problems of a document beside the campaign change, as those of its
 * parts may have. A part is checked after it is saved (or as its own editor types), so its markers
 * arrive after the overview has read the new file; the campaign's own problems are live already.
 */
final class PartMarkers implements IResourceChangeListener {

	private final CampaignEditor editor;
	private final Control owner;
	private final Runnable changed;
	private final Display display;

	private PartMarkers(CampaignEditor editor, Control owner, Runnable changed) {
		this.editor = editor;
		this.owner = owner;
		this.changed = changed;
		this.display = owner.getDisplay();
	}

	/** Runs {@code changed} on the UI thread while {@code owner} lives, each time a part's markers change. */
	static void watch(CampaignEditor editor, Control owner, Runnable changed) {
		PartMarkers watcher = new PartMarkers(editor, owner, changed);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
		owner.addDisposeListener(e -> ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher));
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta folder = event.getDelta() == null ? null : event.getDelta().findMember(editor.file().getParent().getFullPath());
		if (folder == null || display.isDisposed()) {
			return;
		}
		for (IResourceDelta child : folder.getAffectedChildren(IResourceDelta.CHANGED)) {
			boolean other = !child.getResource().equals(editor.file());
			if (other && (child.getFlags() & IResourceDelta.MARKERS) != 0) {
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						changed.run();
					}
				});
				return;
			}
		}
	}
}
