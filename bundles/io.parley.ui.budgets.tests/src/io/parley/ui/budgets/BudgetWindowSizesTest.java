package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.ReadableText;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.WindowSizes;

/**
 * Every page of the budget editor beside the explorer, as the studio opens it, at its default window and at
 * 1024x768: wrapped or scrolled, nothing cut off.
 */
class BudgetWindowSizesTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Budget Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void budgetPage() throws Exception {
		assertNothingClipped(BudgetPage.ID, "budget-budget", editor -> {
		});
	}

	@Test
	void scenariosPage() throws Exception {
		assertNothingClipped(ScenariosPage.ID, "budget-scenarios", editor -> {
			Composite page = page(editor, ScenariosPage.ID);
			Widgets.click(Widgets.button(page, "Add"));
			Widgets.click(Widgets.button(page, "Add"));
		});
	}

	/** Eight scenarios: the comparison reads down the page in tables of four, none of them scrolls sideways. */
	@Test
	void scenariosPageWithEightScenarios() throws Exception {
		assertNothingClipped(ScenariosPage.ID, "budget-eight-scenarios", editor -> {
			Composite page = page(editor, ScenariosPage.ID);
			for (int i = 0; i < 7; i++) {
				Widgets.click(Widgets.button(page, "Add"));
			}
		});
	}

	@Test
	void inMailPlanPage() throws Exception {
		assertNothingClipped(InMailPlanPage.ID, "budget-inmail", editor -> ((InMailPlanPage) editor.findPage(InMailPlanPage.ID))
				.plan("PREMIUM_CAREER", 6, 20, 15));
	}

	private static void assertNothingClipped(String pageId, String name, Consumer<BudgetEditor> prepare) throws Exception {
		BudgetEditor editor = EditorJourney.open(project.getFile("webinar-q4.budget.json"), BudgetEditor.class, e -> e.setActivePage(pageId))
				.editor();
		WindowSizes.besideTheViews(editor);
		prepare.accept(editor);
		UiWait.idle();
		Composite area = page(editor, pageId);
		List<String> clipped = WindowSizes.screenshotsAndClipping(area, name);
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), SidewaysScrolling.under(area), "scrolls sideways");
		assertEquals(List.of(), ReadableText.notInAPersonsWords(area), "names a person does not use");
		FormScreenshots.scrolledToEnd(editor.findPage(pageId).getManagedForm().getForm(), name);
	}

	private static Composite page(BudgetEditor editor, String pageId) {
		return (Composite) ((ParleyFormPage) editor.findPage(pageId)).getPartControl();
	}
}
