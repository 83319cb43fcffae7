package io.parley.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** How every New wizard of Parley finishes: create the file, show it in the explorer, open its editor. */
public final class NewDocuments {

	private NewDocuments() {
	}

	/**
	 * Lets a person type "spring-promo" for spring-promo.template.json: the page adds the kind's
	 * {@code suffix} to a name that does not end with it, and creates the file under that name.
	 */
	public static void addSuffixToBareNames(WizardNewFileCreationPage page, String suffix) {
		page.setFileExtension(suffix.substring(1));
	}

	/** @return false when the file could not be created, so the wizard stays open with the page's error */
	public static boolean createAndOpen(IWorkbench workbench, WizardNewFileCreationPage page) {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			page.setErrorMessage("The document was created but cannot be opened: " + e.getMessage());
		}
		return true;
	}
}
