package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.WindowSizes;
import io.parley.ui.tests.support.Workbench;

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
		UiWait.idle();
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
		assertEquals(List.of("By day", "Actual against forecast"), charts.stream().map(c -> c.getTitle().getText()).toList());
		ISeries<?> sends = Arrays.stream(charts.get(0).getSeriesSet().getSeries()).filter(s -> s.getId().equals("Sends"))
				.findFirst().orElseThrow();
		assertArrayEquals(new double[] { 301, 288, 279, 270, 262 }, sends.getYSeries());
		assertEquals(List.of(), Widgets.all(body(editor), Button.class, b -> b.isVisible() && b.getText().startsWith("Choose")),
				"Campaign Manager's own column names need no confirming");
		Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "campaign-results");
	}

	/**
	 * Beside the explorer, as the studio opens, at the window sizes people use: the table's column
	 * names read whole, and the chart of the days stands beside the table without scrolling.
	 */
	@Test
	void theFiguresAndTheChartOfTheDaysFitBesideTheExplorerWithoutScrolling() throws Exception {
		CampaignEditor editor = results();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().setPartState(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getReference(editor), IWorkbenchPage.STATE_RESTORED);
		ScrolledForm form = editor.getActivePageInstance().getManagedForm().getForm();
		Table figures = Widgets.all(body(editor), Table.class, t -> true).get(0);
		Chart days = Widgets.all(body(editor), Chart.class, c -> c.getTitle().getText().equals("By day")).get(0);
		Shell shell = Workbench.shell();
		List<String> wrong = new ArrayList<>();
		WindowSizes.atEach((size, named) -> {
			form.setOrigin(0, 0);
			UiWait.idle();
			Screenshots.save(shell, "campaign-results-" + named);
			String at = named + ": ";
			WindowSizes.clipped(form).forEach(c -> wrong.add(at + c));
			Rectangle seen = shell.getDisplay().map(form, null, form.getClientArea());
			Rectangle chart = shell.getDisplay().map(days.getParent(), null, days.getBounds());
			if (!seen.contains(chart.x, chart.y) || !seen.contains(chart.x + chart.width - 1, chart.y + chart.height - 1)) {
				wrong.add(at + "the chart of the days at " + chart + " is not all in the page's view " + seen);
			}
			int columns = Arrays.stream(figures.getColumns()).mapToInt(TableColumn::getWidth).sum();
			if (columns > figures.getClientArea().width) {
				wrong.add(at + "the table's columns need " + columns + " px of its " + figures.getClientArea().width);
			}
			GC gc = new GC(figures);
			try {
				for (TableColumn column : figures.getColumns()) {
					if (column.getText().isBlank() || column.getWidth() < gc.textExtent(column.getText()).x) {
						wrong.add(at + "the column \"" + column.getText() + "\" is " + column.getWidth() + " px wide");
					}
				}
			} finally {
				gc.dispose();
			}
		});
		assertEquals(List.of(), wrong, "see " + WindowSizes.folder());
		FormScreenshots.scrolledToEnd(form, "campaign-results");
	}

	/**
	 * A report another tool made names its columns its own way: the page says which column each figure
	 * was read from, and the person chooses the right one, kept in the campaign, undone exactly, saved
	 * and there when the campaign is opened again.
	 */
	@Test
	void columnsReadBySimilarNamesAreShownAndThePersonsChoiceIsKept() throws Exception {
		project.getFile("by-hand.results.csv").create(new ByteArrayInputStream("""
				Date,Sent,Delivered,Opens,Clicks,Total Spent (USD)
				2026-12-01,320,301,104,6,248.20
				2026-12-02,300,288,105,7,244.90
				""".getBytes(StandardCharsets.UTF_8)), true, null);
		IFile campaign = project.getFile("by-hand.campaign.json");
		try (InputStream in = project.getFile("webinar-q4.campaign.json").getContents()) {
			campaign.create(in, true, null);
		}
		EditorJourney<CampaignEditor> journey = EditorJourney.open(campaign, CampaignEditor.class, e -> {
			e.setActivePage("results");
			UiWait.idle();
		});
		journey.step("Report: by-hand.results.csv", e -> FormInput.choose(
				(Combo) e.fields().control("/results").orElseThrow(), "by-hand.results.csv"), e -> {
					assertTrue(UiWait.until(() -> columnsRead(e).contains("Sends from \"Sent\" (a similar name)"), 5_000), columnsRead(e));
					assertEquals("620", sendsShown(e), "read from Sent, as guessed");
				});
		Screenshots.save(Workbench.shell(), "campaign-results-columns-guessed");
		journey.step("Choose Columns: Sends from Delivered", e -> {
			Dialogs.whenOpen(Dialogs.titled("Columns of the Report"), dialog -> {
				FormInput.choose(choiceOf(dialog, "Sends:"), "Delivered");
				Widgets.click(Widgets.button(dialog, "OK"));
			});
			Widgets.click(Widgets.button(body(e), "Choose Columns..."));
		}, e -> {
			assertTrue(UiWait.until(() -> columnsRead(e).contains("Sends from \"Delivered\","), 5_000), columnsRead(e));
			assertEquals("589", sendsShown(e), "read from Delivered, as chosen");
			assertTrue(e.editing().document().serialized().contains("\"sends\" : \"Delivered\""), e.editing().document().serialized());
		});
		Screenshots.save(Workbench.shell(), "campaign-results-columns-chosen");
	}

	private static String columnsRead(CampaignEditor editor) {
		return Widgets.all(body(editor), Label.class, l -> l.isVisible() && l.getText().startsWith("Columns read as:")).stream()
				.map(Label::getText).findFirst().orElse("(no line of columns read)");
	}

	private static String sendsShown(CampaignEditor editor) {
		Table figures = Widgets.all(body(editor), Table.class, t -> true).get(0);
		return Arrays.stream(figures.getItems()).filter(i -> i.getText(0).equals("Sends")).map(i -> i.getText(1)).findFirst().orElse("");
	}

	/** The drop-down beside the label {@code label} in a dialog. */
	private static Combo choiceOf(Shell dialog, String label) {
		Label named = Widgets.all(dialog, Label.class, l -> l.getText().equals(label)).get(0);
		List<Control> siblings = Arrays.asList(named.getParent().getChildren());
		return (Combo) siblings.get(siblings.indexOf(named) + 1);
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
		assertTrue(Widgets.button(body(editor), "Choose Columns...").isVisible(), "the person may say which column holds the sends");
		FormInput.choose(chooser, "(none)");
		assertTrue(UiWait.until(() -> summary(editor).startsWith("Once the campaign has run"), 5_000), summary(editor));
		assertEquals("", editor.editing().document().text("/results"));
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		UiWait.idle();
		assertEquals("webinar-q4.results.csv", chooser.getText());
		assertTrue(!editor.isDirty(), "undone to the saved campaign");
	}
}
