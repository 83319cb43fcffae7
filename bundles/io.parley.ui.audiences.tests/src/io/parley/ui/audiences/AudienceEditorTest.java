package io.parley.ui.audiences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.model.audience.AudienceFacet;
import io.parley.testing.TestWorkbook;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;

/** An audience edited through its editor: targeting, size band and reach follow, undo, save and reopen; a million prospects. */
class AudienceEditorTest {

	private static final int MILLION = 1_000_000;
	private static final int SAMPLE_ROWS = 5;

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Audience Editor Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void reachAndTargetingFollowEditsAndUndo() throws Exception {
		AudienceEditor editor = open();
		AudiencePage audience = (AudiencePage) editor.setActivePage(AudiencePage.ID);
		ReachSection reach = audience.reach();
		assertEquals("In the sweet spot (50,000-300,000)", reach.bandText());
		assertTrue(reach.reachText().startsWith("Reachable per 45-day window: 51,000-68,000 members"), reach.reachText());

		sizeField(audience).setText("30000");
		assertTrue(UiWait.until(() -> reach.bandText().startsWith("Test size")
				&& editor.diagnostics().all().stream().anyMatch(d -> d.ruleId().equals("audience.recommended")), 10_000), reach.bandText());
		assertTrue(reach.reachText().contains("18,000-24,000"), reach.reachText());

		TargetingSection targeting = audience.targeting();
		targeting.select(0);
		targeting.values().add("Sales");
		targeting.values().paste("Product\nEngineering\n\nSales");
		assertArrayEquals(new String[] { "Marketing", "Sales", "Product", "Engineering" }, targeting.values().values());
		targeting.addGroup();
		targeting.values().selectFacet(AudienceFacet.LOCATIONS);
		targeting.values().add("Germany");
		assertTrue(audience.criteria().preview().contains("\"urn:li:adTargetingFacet:locations\" : [ \"Germany\" ]"), audience.criteria().preview());
		assertEquals(5, editor.editing().document().get("/include").size());
		UiWait.idle();
		Screenshots.save(shell(), "audience-editor");

		for (int i = 0; i < 5; i++) {
			undo(editor);
		}
		assertEquals("85000", sizeField(audience).getText());
		assertEquals(4, editor.editing().document().get("/include").size());
		assertFalse(audience.criteria().preview().contains("Sales"));
		assertFalse(editor.isDirty());
	}

	@Test
	void exclusionsAreSavedAndReopened() throws Exception {
		AudienceEditor editor = open();
		AudiencePage audience = (AudiencePage) editor.setActivePage(AudiencePage.ID);
		TargetingSection targeting = audience.targeting();
		targeting.select(targeting.groups().getItemCount() - 1);
		targeting.values().selectFacet(AudienceFacet.COMPANIES);
		targeting.values().paste("Globex\nInitech");
		assertArrayEquals(new String[] { "Example Corp", "Globex", "Initech" }, targeting.values().values());
		editor.doSave(null);
		page().closeEditor(editor, false);
		String saved = Files.readString(SampleProjects.folder(project).resolve("marketing-leaders.audience.json"));
		assertTrue(saved.contains("\"Initech\""), saved);

		AudienceEditor reopened = open();
		TargetingCriteriaSection criteria = ((AudiencePage) reopened.setActivePage(AudiencePage.ID)).criteria();
		assertTrue(criteria.preview().contains("\"Example Corp\", \"Globex\", \"Initech\""), criteria.preview());
	}

	@Test
	void aListWithItsOwnColumnNamesIsMappedToTheMacroFields() throws Exception {
		Files.writeString(SampleProjects.folder(project).resolve("crm.prospects.csv"),
				"Vorname,Nachname,Rolle,Firma,Branche\nAna,Ruiz,CMO,Contoso,Retail\n,Bo,CTO,Fabrikam,Software\n");
		project.refreshLocal(IResource.DEPTH_ONE, null);
		Path audience = SampleProjects.folder(project).resolve("marketing-leaders.audience.json");
		String original = Files.readString(audience);
		AudienceEditor editor = open();
		ProspectsPage prospects = (ProspectsPage) editor.setActivePage(ProspectsPage.ID);
		prospects.attach("crm.prospects.csv");
		assertTrue(UiWait.until(() -> prospects.table().isComplete() && prospects.table().table().getItemCount() == 2, 10_000));
		MacroColumnsSection columns = prospects.macroColumns();
		assertEquals(MacroColumnsSection.NO_COLUMN, columns.shown("firstName"));
		assertTrue(prospects.table().summary().contains("%FIRSTNAME% 2"), "unmapped, every row lacks it: " + prospects.table().summary());
		assertTrue(hasProblem(editor, "audience.prospect-columns"), "the audience says its list has no column for the macros");

		columns.map("firstName", "Vorname");
		columns.map("lastName", "Nachname");
		columns.map("jobTitle", "Rolle");
		columns.map("companyName", "Firma");
		columns.map("industry", "Branche");
		assertTrue(UiWait.until(() -> prospects.table().summary().contains("%FIRSTNAME% 1, %LASTNAME% 0")
				&& !hasProblem(editor, "audience.prospect-columns"), 10_000), prospects.table().summary() + " " + editor.diagnostics().all());
		assertEquals("Vorname", columns.shown("firstName"));
		Screenshots.save(shell(), "audience-macro-columns");

		undo(editor);
		assertEquals(MacroColumnsSection.NO_COLUMN, columns.shown("industry"), "undo takes the last mapping back");
		assertTrue(prospects.table().summary().contains("%INDUSTRY% 2"), prospects.table().summary());
		editor.doSave(null);
		assertTrue(Files.readString(audience).contains("\"companyName\" : \"Firma\""), "the mapping is saved with the audience");
		page().closeAllEditors(false);
		Files.writeString(audience, original);
		project.refreshLocal(IResource.DEPTH_ONE, null);
	}

	@Test
	void aWorkbookIsReadFromTheSheetTheAudienceChooses() throws Exception {
		new TestWorkbook().inlineStrings().sheet("Sheet1").row("Leads exported from the CRM on 2026-11-30; the list is on the next sheet")
				.sheet("Sheet2").row("First Name", "Last Name", "Company Name").row("Ana", "Ruiz", "Contoso").row("Li", "Wei", "Fabrikam")
				.write(SampleProjects.folder(project).resolve("leads.prospects.xlsx"));
		project.refreshLocal(IResource.DEPTH_ONE, null);
		Path audience = SampleProjects.folder(project).resolve("marketing-leaders.audience.json");
		String original = Files.readString(audience);
		AudienceEditor editor = open();
		ProspectsPage prospects = (ProspectsPage) editor.setActivePage(ProspectsPage.ID);
		prospects.attach("leads.prospects.xlsx");
		assertTrue(UiWait.until(() -> prospects.table().isComplete(), 10_000));
		assertEquals(0, prospects.table().table().getItemCount(), "the first sheet holds a note and no one");
		Combo sheet = (Combo) editor.fields().control(SheetChooser.POINTER).orElseThrow();
		assertEquals(List.of("Sheet1", "Sheet2"), List.of(sheet.getItems()));
		assertTrue(sheet.isEnabled());
		FormInput.choose(sheet, "Sheet2");
		assertEquals("Sheet2", editor.editing().document().text(SheetChooser.POINTER));
		assertTrue(UiWait.until(() -> prospects.table().isComplete() && prospects.table().table().getItemCount() == 2, 10_000));
		assertEquals("Fabrikam", prospects.table().table().getItem(1).getText(3));
		assertTrue(prospects.table().summary().startsWith("2 prospects in leads.prospects.xlsx, read from sheet \"Sheet2\" of"
				+ " the workbook, header on row 1"), prospects.table().summary());
		assertEquals("First Name", prospects.macroColumns().shown("firstName"));
		undo(editor);
		assertEquals("", editor.editing().document().text(SheetChooser.POINTER), "undo goes back to the first sheet");
		assertTrue(UiWait.until(() -> prospects.table().isComplete() && prospects.table().table().getItemCount() == 0, 10_000));
		page().closeAllEditors(false);
		Files.writeString(audience, original);
		project.refreshLocal(IResource.DEPTH_ONE, null);
	}

	@Test
	void linkedInsConnectionsFileFillsTheMacroFieldsByItself() throws Exception {
		Files.writeString(SampleProjects.folder(project).resolve("connections.prospects.csv"), """
				Notes:
				"When exporting your connection data, you may notice that some of the email addresses are missing."

				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Ada,Quill,https://www.linkedin.com/in/ada-quill-0000,,Northwind Traders,Head of Operations,03 Feb 2025

				Bram,Oost,https://www.linkedin.com/in/bram-oost-0000,,"Contoso, Ltd.",CTO,17 Nov 2024
				""");
		project.refreshLocal(IResource.DEPTH_ONE, null);
		Path audience = SampleProjects.folder(project).resolve("marketing-leaders.audience.json");
		String original = Files.readString(audience);
		AudienceEditor editor = open();
		ProspectsPage prospects = (ProspectsPage) editor.setActivePage(ProspectsPage.ID);
		prospects.attach("connections.prospects.csv");
		assertTrue(UiWait.until(() -> prospects.table().isComplete() && prospects.table().table().getItemCount() == 2, 10_000));
		assertEquals("First Name", prospects.table().table().getColumn(1).getText(), "the notes above the header are skipped");
		assertWholeValueUnderThePointer(prospects.table(), "https://www.linkedin.com/in/ada-quill-0000");
		MacroColumnsSection columns = prospects.macroColumns();
		assertEquals("First Name", columns.shown("firstName"));
		assertEquals("Position", columns.shown("jobTitle"));
		assertEquals("Company", columns.shown("companyName"));
		assertEquals(MacroColumnsSection.NO_COLUMN, columns.shown("industry"));
		assertTrue(prospects.table().summary().contains("2 prospects in connections.prospects.csv, read as UTF-8, separated by"
				+ " commas, header on line 4; 1 blank row skipped"), prospects.table().summary());
		assertTrue(prospects.table().summary().contains("%FIRSTNAME% 0"), prospects.table().summary());
		assertFalse(hasProblem(editor, "audience.prospect-columns"), "the campaigns sent to the audience use %FIRSTNAME% and"
				+ " %COMPANYNAME%, which the list has; no column is demanded for %INDUSTRY%: " + editor.diagnostics().all());
		UiWait.idle();
		Composite area = (Composite) editor.findPage(ProspectsPage.ID).getPartControl();
		assertEquals(List.of(), WindowSizes.screenshotsAndClipping(area, "audience-connections"), "cut off; see " + WindowSizes.folder());
		page().closeAllEditors(false);
		Files.writeString(audience, original);
		project.refreshLocal(IResource.DEPTH_ONE, null);
	}

	@Test
	void theEstimatedSizeCanBeCountedFromTheProspectList() throws Exception {
		AudienceEditor editor = open();
		AudiencePage audience = (AudiencePage) editor.setActivePage(AudiencePage.ID);
		long before = editor.editing().document().root().path("estimatedSize").asLong();
		audience.countProspects().join(10_000, null);
		assertTrue(UiWait.until(() -> editor.editing().document().root().path("estimatedSize").asLong() == SAMPLE_ROWS, 5_000),
				"the sample list's five people");
		assertEquals("5", audience.estimatedSize().text().getText());
		assertTrue(hasProblem(editor, "audience.minimum"), "five people are below LinkedIn's minimum audience");
		undo(editor);
		assertEquals(before, editor.editing().document().root().path("estimatedSize").asLong(), "one undo");
	}

	@Test
	void closingTheEditorWhileItReadsAndCountsAListLeavesNoError() throws Exception {
		ProspectsPage prospects = openBesideAMillionProspects("closing.prospects.csv");
		AudienceEditor editor = (AudienceEditor) prospects.getEditor();
		prospects.attach("closing.prospects.csv");
		Job reading = prospects.table().loading();
		Job counting = ((AudiencePage) editor.setActivePage(AudiencePage.ID)).countProspects();
		try (LoggedErrors errors = LoggedErrors.watch()) {
			assertTrue(page().closeEditor(editor, false), "closed without saving");
			assertTrue(reading.join(30_000, null) && counting.join(30_000, null), "both stopped");
			assertTrue(reading.getResult().getSeverity() != IStatus.ERROR && counting.getResult().getSeverity() != IStatus.ERROR,
					"nothing failed: " + reading.getResult() + ", " + counting.getResult());
			errors.assertNone("closing the editor while it read and counted a million prospects");
		} finally {
			Files.delete(SampleProjects.folder(project).resolve("closing.prospects.csv"));
			project.refreshLocal(IResource.DEPTH_ONE, null);
		}
	}

	private static boolean hasProblem(AudienceEditor editor, String ruleId) {
		return editor.diagnostics().all().stream().anyMatch(d -> d.ruleId().equals(ruleId));
	}

	@Test
	void aMillionProspectsOpenWithoutFreezingTheEditor() throws Exception {
		ProspectsPage prospects = openBesideAMillionProspects("million.prospects.csv");
		AudienceEditor editor = (AudienceEditor) prospects.getEditor();
		assertTrue(UiWait.until(() -> prospects.table().table().getItemCount() == SAMPLE_ROWS, 10_000), "the sample's own list");

		long started = System.nanoTime();
		prospects.attach("million.prospects.csv");
		System.out.printf("Attaching took %,d ms on the UI thread%n", (System.nanoTime() - started) / 1_000_000);
		ResponsivenessProbe probe = ResponsivenessProbe.start(prospects.table().table().getDisplay());
		boolean loaded = UiWait.until(() -> prospects.table().isComplete() && prospects.table().table().getItemCount() == MILLION, 60_000);
		long longestPause = probe.stop();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertTrue(loaded, "listed within a minute");
		System.out.printf("A million prospects: listed in %,d ms, longest UI pause %,d ms%n", millis, longestPause);
		assertTrue(longestPause < 1_000, "the UI kept responding; longest pause " + longestPause + " ms");
		assertEquals(MILLION, prospects.table().table().getItemCount());
		assertTrue(prospects.table().summary().contains("1,000,000 prospects"), prospects.table().summary());
		assertTrue(prospects.table().summary().contains("%FIRSTNAME% 100,000"), prospects.table().summary());
		prospects.table().table().setTopIndex(MILLION - 20);
		assertEquals("Prospect999999", prospects.table().table().getItem(MILLION - 1).getText(1));
		UiWait.idle();
		Screenshots.save(shell(), "audience-prospects");
		assertEquals("million.prospects.csv", editor.editing().document().text("/prospects"));
		undo(editor);
		assertTrue(UiWait.until(() -> prospects.table().table().getItemCount() == SAMPLE_ROWS, 10_000),
				"undo attaches the sample's list again");
	}

	/** The audience open on its Prospects page, a list of a million people written beside it as {@code fileName}. */
	private static ProspectsPage openBesideAMillionProspects(String fileName) throws Exception {
		writeProspects(SampleProjects.folder(project).resolve(fileName));
		project.refreshLocal(IResource.DEPTH_ONE, null);
		return (ProspectsPage) open().setActivePage(ProspectsPage.ID);
	}

	private static void writeProspects(Path file) throws Exception {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("firstName,lastName,jobTitle,companyName,industry\n");
			for (int i = 0; i < MILLION; i++) {
				out.write(i % 10 == 0 ? "" : "Prospect" + i);
				out.write(",Lee,\"Director, Marketing\",Company " + (i % 5000) + ",Computer Software\n");
			}
		}
	}

	private static Text sizeField(AudiencePage audience) {
		return audience.estimatedSize().text();
	}

	private static void undo(AudienceEditor editor) throws Exception {
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.editing().undoContext(), null, null);
		UiWait.idle();
	}

	private static AudienceEditor open() throws Exception {
		IFile file = project.getFile("marketing-leaders.audience.json");
		AudienceEditor editor = assertInstanceOf(AudienceEditor.class, IDE.openEditor(page(), file), "the default editor of an audience");
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.idle();
		return editor;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** A cell too narrow for its value shows it whole in a tooltip where the pointer rests; one wide enough shows none. */
	private static void assertWholeValueUnderThePointer(ProspectTable prospects, String value) {
		Table table = prospects.table();
		TableItem row = table.getItem(0);
		int column = Arrays.asList(row.getText(0), row.getText(1), row.getText(2), row.getText(3)).indexOf(value);
		table.getColumn(column).setWidth(60);
		UiWait.idle();
		assertEquals(value, hover(table, row.getBounds(column)), "the cut-off URL under the pointer");
		table.getColumn(column).setWidth(600);
		UiWait.idle();
		assertNull(hover(table, row.getBounds(column)), "a URL shown whole has no tooltip");
	}

	private static String hover(Table table, Rectangle cell) {
		Event event = new Event();
		event.x = cell.x + 5;
		event.y = cell.y + cell.height / 2;
		table.notifyListeners(SWT.MouseHover, event);
		return table.getToolTipText();
	}
}
