package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Widgets;

/** Every New wizard of the studio, from File > New: a bare name is taken and gets its kind's ending. */
class NewWizardsTest {

	private static final String CATEGORY = "io.parley.ui.wizards";
	private static final String PROJECT_WIZARD = "io.parley.ui.wizards.newProject";

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("New Wizards Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void everyNewWizardTakesABareNameAndAddsItsKindsEnding() throws Exception {
		List<IWizardDescriptor> wizards = documentWizards();
		assertTrue(wizards.size() >= 6, "the studio's New wizards: " + wizards.stream().map(IWizardDescriptor::getLabel).toList());
		try (LoggedErrors log = LoggedErrors.watch()) {
			for (IWizardDescriptor wizard : wizards) {
				createSpringPromo(wizard);
			}
			log.assertNone("while creating documents with the New wizards");
		}
	}

	private static void createSpringPromo(IWizardDescriptor wizard) throws PartInitException {
		selectProjectInExplorer();
		List<String> problems = new ArrayList<>();
		Dialogs.whenOpen(shell -> shell.getData() instanceof WizardDialog, dialog -> {
			Text name = Widgets.all(dialog, Text.class, t -> t.getText().startsWith("untitled")).get(0);
			name.setText("spring-promo");
			if (!Widgets.button(dialog, "Finish").isEnabled()) {
				problems.add(wizard.getLabel() + " refuses 'spring-promo': " + ((WizardDialog) dialog.getData()).getCurrentPage().getErrorMessage());
				dialog.close();
				return;
			}
			Widgets.click(Widgets.button(dialog, "Finish"));
		});
		Menus.select("File", "New", wizard.getLabel());
		assertEquals(List.of(), problems);
		IEditorPart editor = page().getActiveEditor();
		assertNotNull(editor, wizard.getLabel() + ": the new document opens");
		String created = editor.getEditorInput().getName();
		DocumentKindDescriptor kind = DocumentKindRegistry.getDefault().forFileName(created)
				.orElseThrow(() -> new AssertionError(wizard.getLabel() + " created " + created + ", which is no Parley document"));
		assertEquals("spring-promo" + kind.suffix(), created, wizard.getLabel());
		assertTrue(project.getFile(created).exists(), created + " in the project");
		assertFalse(project.getFile("spring-promo").exists(), "no file without its ending");
	}

	private static List<IWizardDescriptor> documentWizards() {
		List<IWizardDescriptor> wizards = new ArrayList<>();
		for (IWizardDescriptor wizard : PlatformUI.getWorkbench().getNewWizardRegistry().findCategory(CATEGORY).getWizards()) {
			if (!PROJECT_WIZARD.equals(wizard.getId())) {
				wizards.add(wizard);
			}
		}
		return wizards;
	}

	private static void selectProjectInExplorer() throws PartInitException {
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(project));
		page().activate(explorer);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
