package io.parley.ui.updates;

import java.net.URI;

import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/** The installation's update sites as Install New Software lists them. */
public final class UpdateSites {

	private UpdateSites() {
	}

	/**
	 * Adds {@code site} under {@code name} unless the installation knows it already, so a site the
	 * user disabled or renamed stays as the user left it.
	 */
	public static void addIfUnknown(ProvisioningUI ui, URI site, String name) {
		IMetadataRepositoryManager metadata = ui.getSession().getProvisioningAgent().getService(IMetadataRepositoryManager.class);
		if (metadata != null && !metadata.contains(site)) {
			ui.getRepositoryTracker().addRepository(site, name.isEmpty() ? null : name, ui.getSession());
		}
	}
}
