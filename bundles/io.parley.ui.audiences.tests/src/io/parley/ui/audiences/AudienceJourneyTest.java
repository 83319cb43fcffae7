package io.parley.ui.audiences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.testing.TestWorkbook;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * The audience editor walked as a person does: every field, button and choice of the Audience and
 * Prospect list pages is unsaved, undone exactly, redone, saved and shown again.
 */
class AudienceJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Audience Journey Test");
		Files.writeString(SampleProjects.folder(project).resolve("crm.prospects.csv"),
				"Vorname,Nachname,Rolle,Firma,Branche\nAna,Ruiz,CMO,Contoso,Retail\n,Bo,CTO,Fabrikam,Software\n");
		new TestWorkbook().inlineStrings().sheet("Notes").row("Leads exported from the CRM; the list is on the next sheet")
				.sheet("Leads").row("First Name", "Last Name", "Company Name").row("Ana", "Ruiz", "Contoso")
				.write(SampleProjects.folder(project).resolve("leads.prospects.xlsx"));
		project.refreshLocal(IResource.DEPTH_ONE, null);
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theAudiencePage() throws Exception {
		EditorJourney<AudienceEditor> journey = on("audience-page.audience.json", AudiencePage.ID);
		journey.step("typing in Name", e -> FormInput.typeAtEnd(styled(e, "/name"), " (EMEA)"),
				e -> assertEquals("Marketing leaders, mid-size software (EMEA)", styled(e, "/name").getText()));
		journey.step("typing in Estimated size", e -> FormInput.typeAtEnd(size(e), "0"),
				e -> assertEquals("850000", size(e).getText()));
		journey.step("Count the Prospect List", e -> Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Count the Prospect List")),
				e -> assertEquals("5", size(e).getText()));
		journey.step("Add group", e -> Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Add group")),
				e -> assertEquals("Include 5: nothing yet", groups(e).getItem(4)));
		journey.step("Remove group", e -> {
			FormInput.select(groups(e), 0);
			Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Remove group"));
		}, e -> assertTrue(groups(e).getItem(0).startsWith("Include 1: Seniorities"), groups(e).getItem(0)));
		journey.step("typing a value and Add", e -> {
			FormInput.select(groups(e), 0);
			FormInput.typeAtEnd(entry(e), "Manager");
			Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Add"));
		}, e -> assertEquals(List.of("Director", "VP", "CXO", "Manager"), texts(e.editing().document().get("/include/0/seniorities"))));
		journey.step("typing a value and Return", e -> {
			FormInput.select(groups(e), 1);
			FormInput.typeAtEnd(entry(e), "Marketing and Advertising");
			FormInput.pressReturn(entry(e));
		}, e -> assertEquals(3, e.editing().document().get("/include/1/industries").size()));
		journey.step("Remove the selected values", e -> {
			FormInput.select(groups(e), 0);
			FormInput.select(values(e), 0, 2);
			Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Remove"));
		}, e -> assertEquals(List.of("VP", "Manager"), texts(e.editing().document().get("/include/0/seniorities"))));
		journey.step("another facet of a group: Locations", e -> {
			FormInput.select(groups(e), 2);
			FormInput.choose(facet(e), "Locations");
			FormInput.typeAtEnd(entry(e), "Germany");
			Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Add"));
		}, e -> assertEquals(List.of("Germany"), texts(e.editing().document().get("/include/2/locations"))));
		journey.step("Paste many into the exclusions", e -> {
			FormInput.select(groups(e), groups(e).getItemCount() - 1);
			FormInput.choose(facet(e), "Companies");
			copyToClipboard(e, "Globex\nInitech\n");
			Widgets.click(Widgets.button(body(e, AudiencePage.ID), "Paste many"));
		}, e -> assertEquals(List.of("Example Corp", "Globex", "Initech"), texts(e.editing().document().get("/exclude/companies"))));
	}

	@Test
	void theProspectListPage() throws Exception {
		EditorJourney<AudienceEditor> journey = on("prospects-page.audience.json", ProspectsPage.ID);
		journey.step("Prospect list: (no prospect list)", e -> FormInput.choose(combo(e, "/prospects"), "(no prospect list)"),
				e -> assertFalse(e.editing().document().has("/prospects")));
		journey.step("Prospect list: a list with its own column names", e -> FormInput.choose(combo(e, "/prospects"), "crm.prospects.csv"),
				e -> assertEquals("crm.prospects.csv", combo(e, "/prospects").getText()));
		journey.step("%FIRSTNAME% filled from Vorname", e -> {
			Combo firstName = combo(e, "/prospectColumns/firstName");
			assertTrue(UiWait.until(firstName::isEnabled, 10_000), "the list's columns are offered once it is read");
			FormInput.choose(firstName, "Vorname");
		}, e -> assertTrue(UiWait.until(() -> "Vorname".equals(combo(e, "/prospectColumns/firstName").getText()), 10_000)));
		journey.step("%LASTNAME% filled from Nachname", e -> {
			Combo lastName = combo(e, "/prospectColumns/lastName");
			assertTrue(UiWait.until(lastName::isEnabled, 10_000), "the list's columns are offered once it is read");
			FormInput.choose(lastName, "Nachname");
		}, e -> assertEquals("Nachname", e.editing().document().text("/prospectColumns/lastName")));
		journey.step("%FIRSTNAME% from no column", e -> {
			Combo firstName = combo(e, "/prospectColumns/firstName");
			assertTrue(UiWait.until(firstName::isEnabled, 10_000), "the list's columns are offered once it is read");
			FormInput.choose(firstName, MacroColumnsSection.NO_COLUMN);
		}, e -> assertFalse(e.editing().document().has("/prospectColumns/firstName")));
	}

	@Test
	void theSheetOfAWorkbook() throws Exception {
		EditorJourney<AudienceEditor> journey = on("workbook.audience.json", ProspectsPage.ID);
		journey.step("Prospect list: a workbook", e -> FormInput.choose(combo(e, "/prospects"), "leads.prospects.xlsx"),
				e -> assertEquals("leads.prospects.xlsx", combo(e, "/prospects").getText()));
		journey.step("Sheet: the list's own sheet", e -> FormInput.choose(sheet(e), "Leads"), e -> {
			assertEquals("Leads", e.editing().document().text(SheetChooser.POINTER));
			assertEquals("Leads", sheet(e).getText());
		});
		journey.step("Sheet: back to the first", e -> FormInput.choose(sheet(e), "Notes"), e -> {
			assertFalse(e.editing().document().has(SheetChooser.POINTER), "the first sheet is the one read unless the audience names another");
			assertEquals("Notes", sheet(e).getText());
		});
	}

	/** The sheet choice, once it offers the sheets of the attached workbook. */
	private static Combo sheet(AudienceEditor editor) {
		Combo sheet = combo(editor, SheetChooser.POINTER);
		assertTrue(UiWait.until(() -> sheet.isEnabled() && sheet.getItemCount() == 2, 10_000), "the workbook's sheets are offered: "
				+ Arrays.toString(sheet.getItems()));
		return sheet;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new java.util.ArrayList<>();
		array.forEach(value -> texts.add(value.asText()));
		return texts;
	}

	private static void copyToClipboard(AudienceEditor editor, String text) {
		Clipboard clipboard = new Clipboard(editor.getSite().getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private static Composite body(AudienceEditor editor, String pageId) {
		return editor.findPage(pageId).getManagedForm().getForm().getBody();
	}

	private static StyledText styled(AudienceEditor editor, String pointer) {
		return assertInstanceOf(StyledText.class, editor.fields().control(pointer).orElseThrow());
	}

	private static Text size(AudienceEditor editor) {
		return assertInstanceOf(Text.class, editor.fields().control("/estimatedSize").orElseThrow());
	}

	private static Combo combo(AudienceEditor editor, String pointer) {
		return assertInstanceOf(Combo.class, editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no choice " + pointer)));
	}

	private static org.eclipse.swt.widgets.List groups(AudienceEditor editor) {
		return assertInstanceOf(org.eclipse.swt.widgets.List.class, editor.fields().control("/include").orElseThrow());
	}

	private static org.eclipse.swt.widgets.List values(AudienceEditor editor) {
		return Widgets.all(body(editor, AudiencePage.ID), org.eclipse.swt.widgets.List.class, l -> l != groups(editor)).get(0);
	}

	private static Text entry(AudienceEditor editor) {
		return Widgets.all(body(editor, AudiencePage.ID), Text.class, t -> t.getMessage().startsWith("A value")).get(0);
	}

	private static Combo facet(AudienceEditor editor) {
		return Widgets.all(body(editor, AudiencePage.ID), Combo.class, c -> true).get(0);
	}

	/** Opens on {@code pageId} a copy of the sample audience of its own, named {@code name}. */
	private static EditorJourney<AudienceEditor> on(String name, String pageId) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("marketing-leaders.audience.json").getContents()) {
			copy.create(sample, true, null);
		}
		return EditorJourney.open(copy, AudienceEditor.class, e -> e.setActivePage(pageId));
	}
}
