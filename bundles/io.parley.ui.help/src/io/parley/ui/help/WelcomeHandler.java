package io.parley.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Welcome. */
public final class WelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			Welcome.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		} catch (PartInitException e) {
			throw new ExecutionException("The welcome page cannot open: " + e.getMessage(), e);
		}
		return null;
	}
}
