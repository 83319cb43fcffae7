package io.parley.ui.tests.support;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

/** Runs a wizard of File > New as a person does: the project chosen, a file name typed, Finish clicked. */
public final class NewWizards {

	private NewWizards() {
	}

	/**
	 * Opens the New wizard {@code wizardId} on {@code project}, replaces the suggested file name
	 * (the field showing {@code suggested}) with {@code fileName}, clicks Finish and returns the
	 * editor the new document opened in.
	 */
	public static IEditorPart create(String wizardId, IProject project, String suggested, String fileName) throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(wizardId);
		if (descriptor == null) {
			throw new AssertionError("no New wizard " + wizardId);
		}
		INewWizard wizard = (INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = Widgets.all(dialog.getShell(), Text.class, t -> t.getText().equals(suggested)).get(0);
			name.setText(fileName);
			Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		UiWait.idle();
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
	}
}
