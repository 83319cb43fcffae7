package io.parley.ui.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.rules.MessageFormat;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;

/** A budget edited through its editor: the forecast follows, undo takes it back, scenarios survive save and reopen. */
class BudgetEditorTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Budget Editor Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void forecastFollowsTheTotalAndUndoTakesItBack() throws Exception {
		BudgetEditor editor = open("webinar-q4.budget.json");
		BudgetPage budget = (BudgetPage) editor.setActivePage(BudgetPage.ID);
		ForecastSection forecast = budget.forecast();
		assertEquals("3,333-10,000", forecast.table().getItem(0).getText(1));
		assertTrue(editor.inputs().basis().contains("webinar-q4.campaign.json (Message Ad)"), editor.inputs().basis());

		totalField(editor).setText("100000");
		assertTrue(UiWait.until(() -> forecast.table().getItem(0).getText(1).equals("51,000-68,000"), 5_000),
				"sends stop at what 85,000 members can receive: " + forecast.table().getItem(0).getText(1));
		assertTrue(editor.diagnostics().all().stream().anyMatch(d -> d.ruleId().equals("budget.audience-cap") && d.path().equals("/total")));
		assertTrue(editor.isDirty());
		UiWait.idle();
		Screenshots.save(shell(), "budget-forecast-capped");
		Chart chart = forecast.chart().control();
		assertEquals(List.of(), WindowSizes.outOfReach(chart), "the chart, with the warning above it, within the page's scrolling");
		assertTrue(chart.getSize().y >= chart.computeSize(chart.getSize().x, SWT.DEFAULT).y, "the chart as tall as its bars, axis and legend need");
		FormScreenshots.scrolledToEnd(budget.getManagedForm().getForm(), "budget-forecast-capped");

		boolean[] toldDirty = { true };
		editor.addPropertyListener((source, property) -> toldDirty[0] = editor.isDirty());
		undo(editor);
		assertFalse(toldDirty[0], "the editor tells the workbench it is clean again, so the tab loses its *");
		assertTrue(UiWait.until(() -> forecast.table().getItem(0).getText(1).equals("3,333-10,000"), 5_000));
		assertEquals("5000", totalField(editor).getText());
		assertFalse(editor.isDirty());
		assertEquals(2, forecast.chart().control().getSeriesSet().getSeries().length, "low and high series");
		ISeries<?> high = forecast.chart().control().getSeriesSet().getSeries("High");
		assertEquals(10_000, high.getYSeries()[0], 0.5);
		UiWait.idle();
		Screenshots.save(shell(), "budget-forecast");
	}

	@Test
	void scenariosAreComparedSideBySideAndSurviveSaveAndReopen() throws Exception {
		BudgetEditor editor = open("demo-requests.budget.json");
		ScenariosPage scenarios = (ScenariosPage) editor.setActivePage(ScenariosPage.ID);
		scenarios.list().add();
		scenarios.list().add();
		scenarios.list().edit(1, "name", "Full launch");
		UiWait.idle();
		assertEquals(List.of("Figure", "This budget", "Test: 5,000 sends", "Full launch"),
				List.of(scenarios.comparison().table().getColumns()).stream().map(c -> c.getText()).toList());
		assertEquals("USD 15,000.00", scenarios.comparison().table().getItem(0).getText(3), "twice the budget");
		assertEquals("5,000-10,000", scenarios.comparison().table().getItem(1).getText(2), "7,500 at 0.75-1.50 a send");
		Screenshots.save(shell(), "budget-scenarios");

		editor.doSave(null);
		assertFalse(editor.isDirty());
		page().closeEditor(editor, false);
		String saved = Files.readString(folder().resolve("demo-requests.budget.json"));
		assertTrue(saved.contains("\"Full launch\""), saved);

		BudgetEditor reopened = open("demo-requests.budget.json");
		ScenariosPage again = (ScenariosPage) reopened.setActivePage(ScenariosPage.ID);
		assertEquals(4, again.comparison().table().getColumnCount());
		again.list().viewer().setSelection(new StructuredSelection(0));
		again.list().removeSelected();
		assertEquals(3, again.comparison().table().getColumnCount());
		undo(reopened);
		assertEquals(4, again.comparison().table().getColumnCount(), "undo brings the scenario back");
	}

	@Test
	void inMailPlanShowsTheMonthsWhereSendsWouldBeRefused() throws Exception {
		BudgetEditor editor = open("webinar-q4.budget.json");
		InMailPlanPage plan = (InMailPlanPage) editor.setActivePage(InMailPlanPage.ID);
		assertEquals("PREMIUM_CAREER", plan.planId(), "the plan of cmo-outreach.campaign.json, the InMail campaign on this budget");
		assertEquals("Premium Career", plan.planChoice().getText(), "the plan as the rule set names it for people");
		assertEquals(List.of("Premium Career", "Premium Business", "Sales Navigator Core", "Recruiter Lite", "Recruiter"),
				List.of(plan.planChoice().getItems()));
		plan.plan("SALES_NAVIGATOR_CORE", 2, 20, 15);
		assertTrue(InMailCreditLedger.firstShortfall(plan.simulate()).isEmpty(), "50 credits a month send 20");
		plan.plan("PREMIUM_CAREER", 6, 20, 15);
		List<InMailCreditLedger.Month> months = plan.simulate();
		assertEquals(6, months.size());
		assertTrue(InMailCreditLedger.firstShortfall(months).isPresent(), "5 credits a month cannot send 20");
		assertTrue(editor.diagnostics().all().stream().anyMatch(d -> d.ruleId().equals("budget.inmail-plan") && d.path().equals("/inmailPlan/inMailsPerMonth")
				&& d.message().startsWith("The Premium Career plan runs out of credits")), "the refused sends are a warning of the budget");
		UiWait.idle();
		Screenshots.save(shell(), "budget-inmail-plan");
		undo(editor);
		assertEquals(2, plan.simulate().size(), "undo takes the months back to 2");
		editor.doSave(null);
		page().closeEditor(editor, false);
		assertTrue(Files.readString(folder().resolve("webinar-q4.budget.json")).contains("\"inmailPlan\""));

		InMailPlanPage reopened = (InMailPlanPage) open("webinar-q4.budget.json").setActivePage(InMailPlanPage.ID);
		assertEquals("PREMIUM_CAREER", reopened.planId());
		assertEquals(2, reopened.simulate().size(), "the plan is saved with the budget");
	}

	@Test
	void costPerSendComesFromTheRuleSetByFormat() throws Exception {
		BudgetEditor editor = open("demo-requests.budget.json");
		assertEquals("Conversation Ad", editor.inputs().format().label(), "demo-requests.campaign.json is a Conversation Ad");
		editor.editing().set("Cost", "/costPerSend", new ObjectMapper().readTree("{\"low\": 2, \"high\": 3}"));
		BudgetPage budget = (BudgetPage) editor.setActivePage(BudgetPage.ID);
		budget.costDefaults().notifyListeners(SWT.Selection, new Event());
		assertEquals(0.75, editor.editing().document().get("/costPerSend/low").asDouble());
		assertEquals(1.5, editor.editing().document().get("/costPerSend/high").asDouble());
	}

	@Test
	void theForecastFollowsItsCampaignChangedElsewhere() throws Exception {
		BudgetEditor editor = open("demo-requests.budget.json");
		assertEquals("Conversation Ad", editor.inputs().format().label());
		IFile campaign = project.getFile("demo-requests.campaign.json");
		String original = new String(campaign.getContents().readAllBytes(), StandardCharsets.UTF_8);
		try {
			String asMessageAd = original.replace("\"CONVERSATION_AD\"", "\"MESSAGE_AD\"");
			campaign.setContents(new ByteArrayInputStream(asMessageAd.getBytes(StandardCharsets.UTF_8)), true, false, null);
			assertTrue(UiWait.until(() -> editor.inputs().format() == MessageFormat.MESSAGE_AD, 5_000),
					"the budget forecasts for the campaign's new format without being edited itself");
			assertFalse(editor.isDirty());
		} finally {
			campaign.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), true, false, null);
		}
	}

	private static Text totalField(BudgetEditor editor) {
		return ((BudgetPage) editor.findPage(BudgetPage.ID)).total().text();
	}

	private static void undo(BudgetEditor editor) throws Exception {
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.editing().undoContext(), null, null);
		UiWait.idle();
	}

	private static BudgetEditor open(String name) throws Exception {
		IFile file = project.getFile(name);
		BudgetEditor editor = assertInstanceOf(BudgetEditor.class, IDE.openEditor(page(), file), "the default editor of a budget");
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.idle();
		return editor;
	}

	private static Path folder() {
		return SampleProjects.folder(project);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
