package io.parley.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.parley.core.preferences.ParleyPreferences;

/** Parley's defaults: the rule set documents are checked against, and what new documents start with. */
public final class ParleyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ParleyPreferencePage() {
		super(GRID);
		setDescription("Defaults for checking and creating campaign documents.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ParleyPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(ParleyPreferences.RULE_SET, "&Rule set id:", getFieldEditorParent()));
		addField(new StringFieldEditor(ParleyPreferences.DEFAULT_SENDER, "Default &sender:", getFieldEditorParent()));
		StringFieldEditor currency = new StringFieldEditor(ParleyPreferences.DEFAULT_CURRENCY, "Default &currency (ISO code):",
				3, getFieldEditorParent());
		currency.setEmptyStringAllowed(false);
		addField(currency);
	}
}
