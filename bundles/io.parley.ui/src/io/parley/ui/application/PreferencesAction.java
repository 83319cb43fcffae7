package io.parley.ui.application;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.PreferencesUtil;

import io.parley.ui.preferences.ParleyPreferencePage;

/**
 * Window > Preferences, opening on Parley's own page: the workbench's action opens on the page
 * used last or else the first by name, which was a console page a campaign studio has no use for.
 */
final class PreferencesAction extends Action {

	private final IWorkbenchWindow window;

	PreferencesAction(IWorkbenchWindow window) {
		super("&Preferences");
		this.window = window;
		setId(ActionFactory.PREFERENCES.getId());
		setActionDefinitionId(ActionFactory.PREFERENCES.getCommandId());
	}

	@Override
	public void run() {
		PreferencesUtil.createPreferenceDialogOn(window.getShell(), ParleyPreferencePage.ID, null, null).open();
	}
}
