package io.parley.ui.help;

import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The studio's help system: Help > Parley Guide, F1 and links to help all open the Guide view, at
 * the page of the context asked for (an editor's page for F1 in that editor).
 */
public final class GuideHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		open(Guide.START);
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		IHelpResource[] topics = context.getRelatedTopics();
		show(topics == null || topics.length == 0 ? Guide.START : topics[0].getHref(), IWorkbenchPage.VIEW_VISIBLE);
	}

	@Override
	public void displayHelpResource(String href) {
		open(href);
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	/** Shows the Guide view at {@code href} in the active window; returns the view, or null with no window. */
	public static GuideView open(String href) {
		return show(href, IWorkbenchPage.VIEW_ACTIVATE);
	}

	/** F1 shows the page and leaves the focus where the user was typing. */
	private static GuideView show(String href, int mode) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		try {
			GuideView view = (GuideView) page.showView(GuideView.ID, null, mode);
			view.show(href);
			return view;
		} catch (PartInitException e) {
			throw new IllegalStateException("The Parley Guide view cannot open: " + e.getMessage(), e);
		}
	}
}
