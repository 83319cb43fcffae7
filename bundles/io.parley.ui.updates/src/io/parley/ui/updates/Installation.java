package io.parley.ui.updates;

import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/** Whether the running studio was installed by p2 and can therefore install and update software. */
final class Installation {

	private Installation() {
	}

	/**
	 * True for a product installed from its p2 repository (it has a profile); false for a
	 * development or test runtime, which p2 cannot change.
	 */
	static boolean canBeUpdated(ProvisioningUI ui) {
		IProfileRegistry profiles = ui.getSession().getProvisioningAgent().getService(IProfileRegistry.class);
		return profiles != null && profiles.getProfile(ui.getProfileId()) != null;
	}
}
