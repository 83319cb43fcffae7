package io.parley.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Run by the studio's window once it has opened, before it is active: the welcome page, where the
 * workspace still wants it.
 */
public final class WelcomeAtStartHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			IWorkbenchPage page = window.getActivePage();
			if (page != null) {
				try {
					Welcome.showAtStart(page);
				} catch (PartInitException e) {
					throw new ExecutionException("The welcome page cannot open: " + e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
