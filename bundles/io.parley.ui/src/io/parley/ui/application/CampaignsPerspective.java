package io.parley.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

/** Explorer on the left, editors in the middle, problems below. */
public final class CampaignsPerspective implements IPerspectiveFactory {

	public static final String ID = "io.parley.ui.campaigns";
	private static final String WIZARDS = "io.parley.ui.wizards";
	private static final String PROJECT_WIZARD = WIZARDS + ".newProject";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.25f, editors);
		IFolderLayout bottom = layout.createFolder("io.parley.ui.bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder("org.eclipse.ui.console.ConsoleView");
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		// File > New offers every wizard of Parley's category, a plugin's kind as much as the built-in ones.
		layout.addNewWizardShortcut(PROJECT_WIZARD);
		for (IWizardDescriptor wizard : PlatformUI.getWorkbench().getNewWizardRegistry().findCategory(WIZARDS).getWizards()) {
			if (!wizard.getId().equals(PROJECT_WIZARD)) {
				layout.addNewWizardShortcut(wizard.getId());
			}
		}
	}
}
