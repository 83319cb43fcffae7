package io.parley.ui.updates;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * Where the product gets its updates and whether it looks for them at start. A brand sets these in
 * its plugin_customization.ini, e.g. {@code io.parley.ui.updates/updateSite=https://updates.acme.example/outreach/}
 * and {@code io.parley.ui.updates/updateSiteName=Acme Outreach}.
 */
public final class UpdatePreferences extends AbstractPreferenceInitializer {

	public static final String QUALIFIER = "io.parley.ui.updates";
	/** The update site (a p2 repository) the installation knows from its first start. */
	public static final String UPDATE_SITE = "updateSite";
	/** The site's name in Install New Software and Available Software Sites. */
	public static final String UPDATE_SITE_NAME = "updateSiteName";
	/** Whether the studio looks for updates on its known sites when it starts. */
	public static final String CHECK_AT_START = "checkAtStart";

	@Override
	public void initializeDefaultPreferences() {
		var defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		defaults.put(UPDATE_SITE, "");
		defaults.put(UPDATE_SITE_NAME, "");
		defaults.putBoolean(CHECK_AT_START, true);
	}

	/** The brand's update site, if it names one that is a valid address. */
	static Optional<URI> updateSite() {
		String site = Platform.getPreferencesService().getString(QUALIFIER, UPDATE_SITE, "", null).strip();
		if (site.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new URI(site));
		} catch (URISyntaxException e) {
			return Optional.empty();
		}
	}

	static String updateSiteName() {
		return Platform.getPreferencesService().getString(QUALIFIER, UPDATE_SITE_NAME, "", null).strip();
	}

	static boolean checkAtStart() {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, CHECK_AT_START, true, null);
	}
}
