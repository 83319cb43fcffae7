package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.model.validation.Diagnostic;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/** File > New > Budget starts a budget with no problem, named after its file. */
class NewBudgetTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("New Budget Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void aNewBudgetStartsWithNoProblem() throws Exception {
		IWorkbenchWizard wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("io.parley.ui.wizards.newBudget").createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = Widgets.all(dialog.getShell(), Text.class, t -> t.getText().equals("untitled.budget.json")).get(0);
			name.setText("spring-launch.budget.json");
			Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		BudgetEditor editor = assertInstanceOf(BudgetEditor.class, page().getActiveEditor(), "the new budget opens in the budget editor");
		UiWait.idle();
		assertEquals(List.of(), editor.diagnostics().all().stream().map(Diagnostic::message).toList(), "no error, no warning");
		assertEquals("spring-launch", editor.editing().document().text("/name"));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
