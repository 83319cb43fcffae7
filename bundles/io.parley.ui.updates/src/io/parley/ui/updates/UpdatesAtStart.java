package io.parley.ui.updates;

import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.ui.IStartup;

/** At start: the brand's update site joins the known sites, then the studio looks there for updates. */
public final class UpdatesAtStart implements IStartup {

	/** Lets the studio finish opening before the network is asked. */
	private static final long CHECK_DELAY_MILLIS = 10_000;

	@Override
	public void earlyStartup() {
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		if (!Installation.canBeUpdated(ui)) {
			return;
		}
		UpdatePreferences.updateSite().ifPresent(site -> UpdateSites.addIfUnknown(ui, site, UpdatePreferences.updateSiteName()));
		if (UpdatePreferences.checkAtStart()) {
			new UpdateCheck(ui).schedule(CHECK_DELAY_MILLIS);
		}
	}
}
