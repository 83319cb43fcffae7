package io.parley.ui.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.model.validation.Diagnostic;
import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/** File > New > Message Template makes a template of each format that starts with no error. */
class NewTemplateTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("New Template Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void aMessageAdWaitsForItsSenderAndLandingPage() throws Exception {
		assertStartsWithoutErrors("Message Ad", "spring-ad", Map.of("Sender:", "Dana Whitfield", "Landing page URL:", "https://example.com/spring"));
	}

	@Test
	void anInMailWaitsForItsSubject() throws Exception {
		assertStartsWithoutErrors("InMail", "spring-inmail", Map.of("Subject:", "A note for %FIRSTNAME%"));
	}

	@Test
	void aMessage() throws Exception {
		assertStartsWithoutErrors("Message", "spring-message", Map.of());
	}

	@Test
	void aConnectionNote() throws Exception {
		assertStartsWithoutErrors("Connection note", "spring-note", Map.of());
	}

	/**
	 * Chooses File > New > Message Template, names the template without its ending, chooses
	 * {@code format}, checks that Finish waits for each of {@code needed} (label to what is typed), and finishes.
	 */
	private static void assertStartsWithoutErrors(String format, String name, Map<String, String> needed) throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("io.parley.ui.wizards.newTemplate");
		org.eclipse.ui.INewWizard wizard = (org.eclipse.ui.INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell shell = dialog.getShell();
		try {
			Widgets.all(shell, Text.class, t -> t.getText().equals("untitled.template.json")).get(0).setText(name);
			choose(Widgets.button(shell, format));
			for (String label : needed.keySet()) {
				field(shell, label).setText("");
			}
			for (Map.Entry<String, String> each : needed.entrySet()) {
				assertFalse(Widgets.button(shell, "Finish").isEnabled(), format + ": Finish waits for " + each.getKey());
				field(shell, each.getKey()).setText(each.getValue());
				UiWait.idle();
			}
			Screenshots.save(shell, "new-template-" + name);
			Button finish = Widgets.button(shell, "Finish");
			assertTrue(finish.isEnabled(), format + ": ready to finish; the wizard says " + dialog.getCurrentPage().getErrorMessage());
			Widgets.click(finish);
		} finally {
			if (!shell.isDisposed()) {
				dialog.close();
			}
		}
		TemplateEditor editor = assertInstanceOf(TemplateEditor.class, page().getActiveEditor(), "the new template opens in the template editor");
		UiWait.idle();
		assertEquals(name + ".template.json", editor.getEditorInput().getName());
		assertEquals(format, editor.format().orElseThrow().label());
		List<Diagnostic> errors = editor.diagnostics().all().stream().filter(Diagnostic::isError).toList();
		assertEquals(List.of(), errors, format + " starts with no error");
	}

	/** Clicks a radio button as the mouse does: the others of its group are unchosen. */
	private static void choose(Button radio) {
		for (Button each : Widgets.all(radio.getParent(), Button.class, b -> true)) {
			each.setSelection(false);
		}
		Widgets.click(radio);
		assertTrue(radio.getSelection(), radio.getText() + " is chosen");
	}

	/** The wizard's field labelled {@code label}: the text beside the label. */
	private static Text field(Shell shell, String label) {
		Label caption = Widgets.all(shell, Label.class, l -> l.getText().equals(label) && l.isVisible()).get(0);
		Control[] row = caption.getParent().getChildren();
		return (Text) row[List.of(row).indexOf(caption) + 1];
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
