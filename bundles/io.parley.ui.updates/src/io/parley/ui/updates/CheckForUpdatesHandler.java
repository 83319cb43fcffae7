package io.parley.ui.updates;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > Check for Updates. It takes the place of p2's own, which says "No updates found" when it
 * could reach no update site at all: this one names each site it could not reach and why, then
 * offers what it found on the others in p2's update wizard.
 */
public final class CheckForUpdatesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		if (!Installation.canBeUpdated(ui)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), UpdateSearch.TITLE,
					"This installation was not made by p2 (it runs from a development or test setup), so it cannot be updated from inside.");
			return null;
		}
		new UpdateSearch(ui).schedule();
		return null;
	}
}
