package io.parley.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.parley.core.preferences.ParleyPreferences;
import io.parley.core.rules.RuleRegistry;

/** Parley's defaults: the rule set documents are checked against, and what new documents start with. */
public final class ParleyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.parley.ui.preferences";

	public ParleyPreferencePage() {
		super(GRID);
		setDescription("Defaults for checking and creating campaign documents.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ParleyPreferences.QUALIFIER));
	}

	/** Every rule set the model and the installed plugins offer, as label and id. */
	private static String[][] ruleSets() {
		return RuleRegistry.getDefault().catalog().ruleSets().stream().map(set -> new String[] { set.name(), set.id() }).toArray(String[][]::new);
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(ParleyPreferences.RULE_SET, "&Rule set:", ruleSets(), getFieldEditorParent()));
		addField(new StringFieldEditor(ParleyPreferences.DEFAULT_SENDER, "Default &sender:", getFieldEditorParent()));
		StringFieldEditor currency = new StringFieldEditor(ParleyPreferences.DEFAULT_CURRENCY, "Default &currency (ISO code):",
				3, getFieldEditorParent());
		currency.setEmptyStringAllowed(false);
		addField(currency);
	}
}
