package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.WindowSizes;
import io.parley.ui.tests.support.Workbench;

/** Every page of the budget editor at the studio's default window and at 1024x768: wrapped or scrolled, nothing cut off. */
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
		}, true);
	}

	@Test
	void scenariosPage() throws Exception {
		assertNothingClipped(ScenariosPage.ID, "budget-scenarios", editor -> {
			Composite page = page(editor, ScenariosPage.ID);
			Widgets.click(Widgets.button(page, "Add"));
			Widgets.click(Widgets.button(page, "Add"));
		}, true);
	}

	/** Eight scenarios: the comparison scrolls sideways inside its table; the page does not. */
	@Test
	void scenariosPageWithEightScenarios() throws Exception {
		assertNothingClipped(ScenariosPage.ID, "budget-eight-scenarios", editor -> {
			Composite page = page(editor, ScenariosPage.ID);
			for (int i = 0; i < 7; i++) {
				Widgets.click(Widgets.button(page, "Add"));
			}
		}, false);
	}

	@Test
	void inMailPlanPage() throws Exception {
		assertNothingClipped(InMailPlanPage.ID, "budget-inmail", editor -> ((InMailPlanPage) editor.findPage(InMailPlanPage.ID))
				.plan("PREMIUM_CAREER", 6, 20, 15), true);
	}

	private static void assertNothingClipped(String pageId, String name, Consumer<BudgetEditor> prepare, boolean tablesFit) throws Exception {
		BudgetEditor editor = EditorJourney.open(project.getFile("webinar-q4.budget.json"), BudgetEditor.class, e -> e.setActivePage(pageId))
				.editor();
		prepare.accept(editor);
		UiWait.idle();
		Composite area = page(editor, pageId);
		List<String> clipped = WindowSizes.screenshotsAndClipping(area, name);
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), sidewaysScrolling(area, tablesFit), "scrolls sideways");
	}

	/**
	 * What has to be scrolled sideways to be seen at either size (a page, and unless they may, the
	 * tables): GTK shows the sideways scroll bar only under the pointer, so it looks cut off.
	 */
	private static List<String> sidewaysScrolling(Composite area, boolean tablesFit) {
		Shell shell = Workbench.shell();
		Rectangle original = shell.getBounds();
		List<String> found = new ArrayList<>();
		try {
			for (Point size : WindowSizes.PEOPLE_USE) {
				shell.setBounds(0, 0, size.x, size.y);
				shell.layout(true, true);
				UiWait.idle();
				for (ScrolledComposite scrolled : Widgets.all(area, ScrolledComposite.class, Control::isVisible)) {
					int content = scrolled.getContent().getSize().x;
					if (content > scrolled.getClientArea().width + 2) {
						found.add(size + ": the page holds " + content + " px in " + scrolled.getClientArea().width);
					}
				}
				for (Table table : Widgets.all(area, Table.class, t -> tablesFit && t.isVisible())) {
					int columns = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
					if (columns > table.getClientArea().width + 2) {
						found.add(size + ": a table's columns take " + columns + " px of " + table.getClientArea().width);
					}
				}
			}
		} finally {
			shell.setBounds(original);
			UiWait.idle();
		}
		return found;
	}

	private static Composite page(BudgetEditor editor, String pageId) {
		return (Composite) ((ParleyFormPage) editor.findPage(pageId)).getPartControl();
	}
}
