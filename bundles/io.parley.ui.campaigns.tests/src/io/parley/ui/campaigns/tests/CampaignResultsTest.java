package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/** The campaign editor's Results page: LinkedIn's report of the sample webinar against its forecast. */
class CampaignResultsTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Campaign Results Test");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setMaximized(true);
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	private static CampaignEditor results() throws Exception {
		CampaignEditor editor = assertInstanceOf(CampaignEditor.class, IDE.openEditor(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), project.getFile("webinar-q4.campaign.json")));
		editor.setActivePage("results");
		UiWait.settle(300);
		return editor;
	}

	private static Composite body(CampaignEditor editor) {
		return editor.getActivePageInstance().getManagedForm().getForm().getBody();
	}

	private static String summary(CampaignEditor editor) {
		return Widgets.all(body(editor), Label.class, l -> l.getText().length() > 60).get(0).getText();
	}

	@Test
	void theWebinarsExportIsShownAgainstItsForecastWithTheFigureOutsideItsRangeFlagged() throws Exception {
		CampaignEditor editor = results();
		assertEquals("webinar-q4.results.csv", ((Combo) editor.fields().control("/results").orElseThrow()).getText());
		String summary = summary(editor);
		assertTrue(summary.startsWith("Campaign Manager's performance export, 5 days from 2026-12-01 to 2026-12-05: 24% of the"
				+ " 21-day flight, held to that share of the forecast. Rates: the rule set's benchmarks."), summary);
		assertTrue(summary.endsWith("Outside the forecast: Open rate: 36%, below the forecast 40-60%."), summary);
		Table figures = Widgets.all(body(editor), Table.class, t -> true).get(0);
		List<String> rows = Arrays.stream(figures.getItems()).map(i -> i.getText(0) + " " + i.getText(1) + " " + i.getText(2)
				+ " " + i.getText(3)).toList();
		assertEquals(List.of("Sends 1,400 794-2,381 within", "Opens 505 317-1,429 within", "Clicks 29 10-100 within",
				"Leads 3 1-12 within", "Spend 1,186 0-1,190 within", "Open rate 36% 40-60% below the range",
				"Clicks per send 2.1% 1.2-4.2% within", "Lead form completion 10% 8.0-12% within"), rows);
		TableItem openRate = figures.getItem(5);
		assertEquals(figures.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), openRate.getForeground());
		List<Chart> charts = Widgets.all(body(editor), Chart.class, c -> true);
		assertEquals(List.of("Actual against forecast", "By day"), charts.stream().map(c -> c.getTitle().getText()).toList());
		ISeries<?> sends = Arrays.stream(charts.get(1).getSeriesSet().getSeries()).filter(s -> s.getId().equals("Sends"))
				.findFirst().orElseThrow();
		assertArrayEquals(new double[] { 301, 288, 279, 270, 262 }, sends.getYSeries());
		Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "campaign-results");
	}

	@Test
	void aReportThatCannotBeReadSaysWhereAndDetachingItUndoes() throws Exception {
		IFile broken = project.getFile("clicks-only.csv");
		broken.create(new ByteArrayInputStream("Start Date (in UTC),Campaign Name,Clicks\n12/1/2026,Webinar,3\n"
				.getBytes(StandardCharsets.UTF_8)), true, null);
		CampaignEditor editor = results();
		Combo chooser = (Combo) editor.fields().control("/results").orElseThrow();
		FormInput.choose(chooser, "clicks-only.csv");
		assertTrue(UiWait.until(() -> summary(editor).startsWith("clicks-only.csv:1 cannot be read: this report has no Sends"
				+ " column"), 5_000), summary(editor));
		FormInput.choose(chooser, "(none)");
		assertTrue(UiWait.until(() -> summary(editor).startsWith("Once the campaign has run"), 5_000), summary(editor));
		assertEquals("", editor.editing().document().text("/results"));
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		UiWait.settle(200);
		assertEquals("webinar-q4.results.csv", chooser.getText());
		assertTrue(!editor.isDirty(), "undone to the saved campaign");
	}
}
