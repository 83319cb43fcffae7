package io.parley.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Explorer on the left, editors in the middle, problems below. */
public final class CampaignsPerspective implements IPerspectiveFactory {

	public static final String ID = "io.parley.ui.campaigns";

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
		for (String wizard : new String[] { "newProject", "newCampaign", "newAudience", "newTemplate", "newFlow",
				"newBudget", "newProspects" }) {
			layout.addNewWizardShortcut("io.parley.ui.wizards." + wizard);
		}
	}
}
