package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Widgets;

/** The budget editor walked as a person does: every action is unsaved, undoable, saved and shown again. */
class BudgetJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Budget Journey Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void scenarios() throws Exception {
		EditorJourney<BudgetEditor> journey = onScenarios("demo-requests.budget.json");
		journey.step("Scenarios > Add", e -> Widgets.click(Widgets.button(body(e), "Add")),
				e -> assertEquals(1, scenarios(e).list().viewer().getTable().getItemCount()));
	}

	@Test
	void anEditThatBypassesTheHistoryFailsTheJourney() throws Exception {
		EditorJourney<BudgetEditor> journey = onScenarios("webinar-q4.budget.json");
		AssertionError failure = assertThrows(AssertionError.class, () -> journey.step("changing the tree in place",
				e -> ((ObjectNode) e.editing().document().root()).put("total", 1), e -> {
				}));
		assertTrue(failure.getMessage().contains("unsaved after the action"), failure.getMessage());
	}

	private static EditorJourney<BudgetEditor> onScenarios(String name) throws Exception {
		return EditorJourney.open(project.getFile(name), BudgetEditor.class, e -> e.setActivePage(ScenariosPage.ID));
	}

	private static ScenariosPage scenarios(BudgetEditor editor) {
		return (ScenariosPage) editor.findPage(ScenariosPage.ID);
	}

	private static Composite body(BudgetEditor editor) {
		return scenarios(editor).getManagedForm().getForm().getBody();
	}
}
