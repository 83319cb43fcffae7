package io.parley.ui.updates;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > Install New Software... opens p2's install wizard with no site read yet, as p2's own handler
 * does when sites are shown; a site is read when the person chooses it. p2's handler first read every
 * known site in the background and logged each one it could not reach with a stack trace, which the
 * brand's site, when it is not hosted, always was.
 */
public final class InstallNewSoftwareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		if (!Installation.canBeUpdated(ui)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Install New Software",
					"This installation was not made by p2 (it runs from a development or test setup), so nothing can be installed into it from inside.");
			return null;
		}
		ui.openInstallWizard(null, null, null);
		return null;
	}
}
