package io.parley.scripting.ui.view;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Parley > Script Console: how the Console shows a script's output. Its id is the one the console's
 * own pages are filed under in the Eclipse IDE, so they find their place in Preferences instead of
 * being logged as lost at every start.
 */
public final class ScriptConsolePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private static final String QUALIFIER = "io.parley.scripting.ui";
	private static final String SHOW_ON_RUN = "showConsoleOnRun";

	public ScriptConsolePreferencePage() {
		super(GRID);
		setDescription("A script's output and errors appear in the Console view, one console a script.");
	}

	/** Whether a script that starts brings its console to the front. */
	static boolean showsConsoleOnRun() {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, SHOW_ON_RUN, true, null);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		store.setDefault(SHOW_ON_RUN, true);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(SHOW_ON_RUN, "&Show the Console when a script starts", getFieldEditorParent()));
	}
}
