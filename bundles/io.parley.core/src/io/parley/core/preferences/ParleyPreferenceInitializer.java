package io.parley.core.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The factory defaults; a product's plugin_customization.ini may override them. */
public final class ParleyPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ParleyPreferences.QUALIFIER);
		defaults.put(ParleyPreferences.RULE_SET, ParleyPreferences.DEFAULT_RULE_SET);
		defaults.put(ParleyPreferences.DEFAULT_SENDER, "");
		defaults.put(ParleyPreferences.DEFAULT_CURRENCY, ParleyPreferences.DEFAULT_CURRENCY_CODE);
	}
}
