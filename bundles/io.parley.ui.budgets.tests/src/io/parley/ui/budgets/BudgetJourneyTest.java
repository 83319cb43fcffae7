package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.TableCells;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * The budget editor walked as a person does: every field, button, table cell and choice of its
 * three pages is unsaved, undone exactly, redone, saved and shown again after reopening.
 */
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
	void theBudgetPage() throws Exception {
		EditorJourney<BudgetEditor> journey = on("budget-page.budget.json", BudgetPage.ID);
		journey.step("typing in Name", e -> FormInput.typeAtEnd(styled(e, "/name"), " (draft)"),
				e -> assertEquals("Webinar Q4 test budget (draft)", text(e, "/name")));
		for (String[] field : new String[][] { { "/currency", "EUR" }, { "/start", "2026-12-02" }, { "/end", "2026-12-22" } }) {
			journey.step("typing over " + field[0].substring(1), e -> TypingOver.styled(styled(e, field[0]), field[1]),
					e -> assertEquals(field[1], text(e, field[0])));
		}
		for (String[] field : new String[][] { { "/total", "0", "50000" }, { "/daily", "5", "2505" }, { "/costPerSend/low", "5", "0.55" },
				{ "/costPerSend/high", "5", "1.55" } }) {
			journey.step("typing in " + field[0].substring(1), e -> FormInput.typeAtEnd(number(e, field[0]), field[1]), e -> {
				assertEquals(field[2], text(e, field[0]));
				assertEquals(field[2], number(e, field[0]).getText());
			});
		}
		journey.step("clearing the optional Daily budget", e -> TypingOver.plain(number(e, "/daily"), ""),
				e -> assertTrue(e.editing().document().get("/daily").isMissingNode(), "no daily budget"));
		journey.step("Cost per send from the rule set", e -> Widgets.click(Widgets.button(page(e, BudgetPage.ID), "Cost per send from the rule set")),
				e -> assertEquals("0.5-1.5", text(e, "/costPerSend/low") + "-" + text(e, "/costPerSend/high")));
	}

	/** The sample webinar campaign ran: its observed rates are a choice beside the rule set's benchmarks. */
	@Test
	void theRatesTheForecastUses() throws Exception {
		EditorJourney<BudgetEditor> journey = on("rates.budget.json", BudgetPage.ID);
		journey.step("Rates: observed in webinar-q4", e -> FormInput.choose(rates(e), observedInTheWebinar(e)), e -> {
			assertEquals("webinar-q4.campaign.json", text(e, "/rates"));
			assertEquals(observedInTheWebinar(e), rates(e).getText());
		});
		journey.step("Rates: the rule set's benchmarks", e -> FormInput.choose(rates(e), rates(e).getItem(0)), e -> {
			assertFalse(e.editing().document().has("/rates"), "the benchmarks are what a budget uses unless it names a campaign");
			assertEquals(0, rates(e).getSelectionIndex());
		});
	}

	@Test
	void forecastingAsAnotherFormatChangesNothing() throws Exception {
		BudgetEditor editor = on("forecast-as.budget.json", BudgetPage.ID).editor();
		Combo format = Widgets.all(page(editor, BudgetPage.ID), Combo.class, c -> true).get(0);
		String before = editor.editing().document().serialized();
		FormInput.choose(format, "InMail");
		assertEquals("InMail", editor.inputs().format().label());
		assertEquals(before, editor.editing().document().serialized());
		assertFalse(editor.isDirty(), "the format is a way to look at the forecast, not part of the budget");
	}

	@Test
	void theScenariosPage() throws Exception {
		EditorJourney<BudgetEditor> journey = on("scenarios.budget.json", ScenariosPage.ID);
		journey.step("Scenarios > Add", e -> Widgets.click(Widgets.button(page(e, ScenariosPage.ID), "Add")),
				e -> assertEquals(List.of("Test: 5,000 sends"), names(e)));
		journey.step("Scenarios > Add a second", e -> Widgets.click(Widgets.button(page(e, ScenariosPage.ID), "Add")),
				e -> assertEquals(List.of("Test: 5,000 sends", "Scenario 3"), names(e)));
		journey.step("renaming a scenario in its cell", e -> TableCells.edit(scenarioTable(e), 1, 0, "Full launch"),
				e -> assertEquals(List.of("Test: 5,000 sends", "Full launch"), names(e)));
		journey.step("a scenario's total in its cell", e -> TableCells.edit(scenarioTable(e), 1, 1, "12,500"), e -> {
			assertEquals(12_500, e.editing().document().get("/scenarios/1/total").asLong());
			assertEquals("12,500", scenarioTable(e).getItem(1).getText(1));
		});
		journey.step("Scenarios > Remove", e -> {
			Table table = scenarioTable(e);
			table.setSelection(0);
			table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			Widgets.click(Widgets.button(page(e, ScenariosPage.ID), "Remove"));
		}, e -> assertEquals(List.of("Full launch"), names(e)));
	}

	@Test
	void theInMailPlanPage() throws Exception {
		EditorJourney<BudgetEditor> journey = on("inmail.budget.json", InMailPlanPage.ID);
		journey.step("choosing a plan", e -> FormInput.choose(plan(e), "Sales Navigator Core"),
				e -> assertEquals("Sales Navigator Core", plan(e).getText()));
		for (String[] field : new String[][] { { "/inmailPlan/months", "9" }, { "/inmailPlan/inMailsPerMonth", "45" },
				{ "/inmailPlan/responseRatePercent", "20" } }) {
			journey.step("typing in " + field[0].substring(field[0].lastIndexOf('/') + 1), e -> TypingOver.plain(number(e, field[0]), field[1]),
					e -> assertEquals(field[1], number(e, field[0]).getText()));
		}
	}

	@Test
	void anEditThatBypassesTheHistoryFailsTheJourney() throws Exception {
		EditorJourney<BudgetEditor> journey = on("bypass.budget.json", ScenariosPage.ID);
		AssertionError failure = assertThrows(AssertionError.class, () -> journey.step("changing the tree in place",
				e -> ((ObjectNode) e.editing().document().root()).put("total", 1), e -> {
				}));
		assertTrue(failure.getMessage().contains("unsaved after the action"), failure.getMessage());
	}

	/** Opens on {@code pageId} a copy of the sample budget of its own, named {@code name}, so each journey starts from the sample. */
	private static EditorJourney<BudgetEditor> on(String name, String pageId) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("webinar-q4.budget.json").getContents()) {
			copy.create(sample, true, null);
		}
		return EditorJourney.open(copy, BudgetEditor.class, e -> e.setActivePage(pageId));
	}

	private static Composite page(BudgetEditor editor, String pageId) {
		UiWait.idle();
		return (Composite) ((ParleyFormPage) editor.findPage(pageId)).getPartControl();
	}

	private static StyledText styled(BudgetEditor editor, String pointer) {
		return (StyledText) editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no field " + pointer));
	}

	private static Text number(BudgetEditor editor, String pointer) {
		return (Text) editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no field " + pointer));
	}

	private static Combo plan(BudgetEditor editor) {
		return (Combo) editor.fields().control("/inmailPlan/plan").orElseThrow();
	}

	private static Combo rates(BudgetEditor editor) {
		return (Combo) editor.fields().control("/rates").orElseThrow(() -> new AssertionError("no Rates choice"));
	}

	private static String observedInTheWebinar(BudgetEditor editor) {
		return Arrays.stream(rates(editor).getItems()).filter(item -> item.startsWith("observed in webinar-q4, ")).findFirst()
				.orElseThrow(() -> new AssertionError("no rates observed in webinar-q4 in " + Arrays.toString(rates(editor).getItems())));
	}

	private static Table scenarioTable(BudgetEditor editor) {
		return ((ScenariosPage) editor.findPage(ScenariosPage.ID)).list().viewer().getTable();
	}

	private static String text(BudgetEditor editor, String pointer) {
		return editor.editing().document().get(pointer).asText();
	}

	private static List<String> names(BudgetEditor editor) {
		return editor.editing().document().get("/scenarios").findValuesAsText("name");
	}
}
