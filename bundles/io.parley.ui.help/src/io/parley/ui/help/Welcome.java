package io.parley.ui.help;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The welcome page's place in a workspace: shown when the studio opens a workspace whose editor
 * area is empty, until the user closes it once; Help > Welcome shows it at any time.
 */
public final class Welcome {

	private static final String DISMISSED = "welcomeDismissed";

	private Welcome() {
	}

	/** Opens the welcome page (or brings it to the front) in {@code page}. */
	public static IEditorPart show(IWorkbenchPage page) throws PartInitException {
		return page.openEditor(WelcomeInput.INSTANCE, WelcomeEditor.ID);
	}

	/** Shows the page at start, where this workspace has not dismissed it and no editor is open. */
	static void showAtStart(IWorkbenchPage page) throws PartInitException {
		if (!isDismissed() && page.getEditorReferences().length == 0) {
			show(page);
		}
	}

	static boolean isDismissed() {
		return InstanceScope.INSTANCE.getNode(Guide.BUNDLE).getBoolean(DISMISSED, false);
	}

	/** Remembers in the workspace that the user closed the page. */
	static void dismiss() {
		var node = InstanceScope.INSTANCE.getNode(Guide.BUNDLE);
		node.putBoolean(DISMISSED, true);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the choice still holds until the studio exits, when the workspace saves its preferences
		}
	}
}
