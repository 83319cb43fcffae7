package io.parley.ui.flows.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.model.flow.FlowButton;
import io.parley.model.flow.FlowMessage;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.flows.FlowTemplate;
import io.parley.ui.flows.NewFlowWizard;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/** The Software demo template of the New wizard starts a flow with no problem, and the wizard says what it holds. */
class NewFlowTemplateTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("New Flow Template Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theSoftwareDemoStartsWithNoProblemAndIsDescribedAsItIs() throws Exception {
		NewFlowWizard wizard = new NewFlowWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = Widgets.all(dialog.getShell(), Text.class, t -> t.getText().equals("untitled.flow.json")).get(0);
			name.setText("spring-demo.flow.json");
			Button demo = Widgets.button(dialog.getShell(), FlowTemplate.SOFTWARE_DEMO.label() + ": " + FlowTemplate.SOFTWARE_DEMO.description());
			assertTrue(demo.getSelection(), "the Software demo is the template chosen first");
			Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
		} finally {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		FlowEditor editor = assertInstanceOf(FlowEditor.class, page().getActiveEditor(), "the new flow opens in the flow editor");
		UiWait.idle();
		assertEquals(List.of(), editor.diagnostics().all(), "no error, no warning");

		FlowMessage opening = editor.flow().message(editor.flow().start()).orElseThrow();
		List<FlowButton> answers = opening.buttons().stream().filter(b -> b.next() != null).toList();
		List<FlowButton> others = opening.buttons().stream().filter(b -> b.next() == null).toList();
		assertEquals(2, answers.size(), "two answers");
		assertEquals(List.of("Not interested"), others.stream().map(FlowButton::text).toList(), "and \"Not interested\"");
		assertTrue(FlowTemplate.SOFTWARE_DEMO.description().startsWith("An opening question with two answers and \"Not interested\""),
				FlowTemplate.SOFTWARE_DEMO.description());
		for (FlowButton answer : answers) {
			FlowMessage next = editor.flow().message(answer.next()).orElseThrow();
			assertTrue(next.buttons().stream().allMatch(FlowButton::isTerminal), answer.text() + " leads to a message that ends the flow");
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
