package io.parley.ui.templates.tests;

import static io.parley.ui.templates.tests.TemplateHands.MESSAGE;
import static io.parley.ui.templates.tests.TemplateHands.VARIANTS;
import static io.parley.ui.templates.tests.TemplateHands.format;
import static io.parley.ui.templates.tests.TemplateHands.page;
import static io.parley.ui.templates.tests.TemplateHands.selectVariant;
import static io.parley.ui.templates.tests.TemplateHands.typeAtEnd;
import static io.parley.ui.templates.tests.TemplateHands.variantList;
import static io.parley.ui.tests.support.FormInput.choose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.MacroProposals;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * The template editor walked as a person does: every field, the format choice and the variants'
 * Add, Remove and fields are each unsaved, undone exactly, redone, saved and shown after reopening;
 * what only shows (the preview's people, the advice, the variant list) changes nothing.
 */
class TemplateJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Template Journey Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void everyFieldOfTheMessage() throws Exception {
		EditorJourney<TemplateEditor> journey = on("fields.template.json", MESSAGE);
		for (String[] field : new String[][] { { "/name", " (spring)" }, { "/sender", " Jr." }, { "/subject", "!" },
				{ "/body", " See you there." }, { "/cta/text", " Now" }, { "/cta/url", "?from=linkedin" },
				{ "/cta/leadGenForm", "Webinar form" }, { "/footer", " Unsubscribe any time." } }) {
			journey.step("typing in " + field[0], e -> typeAtEnd(page(e, MESSAGE), field[0], field[1]),
					e -> assertTrue(e.editing().document().text(field[0]).endsWith(field[1]), e.editing().document().text(field[0])));
		}
	}

	@Test
	void everyFormat() throws Exception {
		EditorJourney<TemplateEditor> journey = on("formats.template.json", MESSAGE);
		for (String[] format : new String[][] { { "InMail", "INMAIL" }, { "Message", "MESSAGE" }, { "Connection note", "CONNECTION_NOTE" },
				{ "Message Ad", "MESSAGE_AD" } }) {
			journey.step("Message format: " + format[0], e -> choose(format(e), format[0]), e -> {
				assertEquals(format[1], e.editing().document().text("/format"));
				assertEquals(format[0], format(e).getText());
			});
		}
	}

	@Test
	void theVariants() throws Exception {
		EditorJourney<TemplateEditor> journey = on("variants.template.json", VARIANTS);
		journey.step("Add", e -> Widgets.click(Widgets.button(page(e, VARIANTS), "Add")), e -> {
			assertEquals(List.of("B: shorter subject", "C: "), List.of(variantList(e).getItems()));
			assertEquals(e.editing().document().text("/subject"), e.editing().document().text("/variants/1/subject"), "a copy of the original");
		});
		for (String[] field : new String[][] { { "/variants/1/name", "longer body" }, { "/variants/1/subject", " (last seats)" },
				{ "/variants/1/body", " Seats are limited." } }) {
			journey.step("typing in " + field[0], e -> {
				selectVariant(e, 1);
				typeAtEnd(page(e, VARIANTS), field[0], field[1]);
			}, e -> assertTrue(e.editing().document().text(field[0]).endsWith(field[1]), e.editing().document().text(field[0])));
		}
		journey.step("Remove", e -> {
			selectVariant(e, 0);
			Widgets.click(Widgets.button(page(e, VARIANTS), "Remove"));
		}, e -> assertEquals(List.of("C: longer body"), List.of(variantList(e).getItems())));
		journey.step("Remove the last variant", e -> {
			selectVariant(e, 0);
			Widgets.click(Widgets.button(page(e, VARIANTS), "Remove"));
		}, e -> assertEquals(0, variantList(e).getItemCount()));
	}

	/**
	 * A macro taken from the proposals that {@code %} opens, in the one-line subject and in the body:
	 * the person types " %", goes down the list with ↓ and takes the macro with Return, the keys
	 * reaching the field as SWT delivers them (Traverse first, then the key). The field then ends in
	 * " " and that macro, with no line break from the Return, and one Undo takes back the whole of it.
	 */
	@Test
	void aMacroTakenFromTheProposals() throws Exception {
		EditorJourney<TemplateEditor> journey = on("macros.template.json", MESSAGE);
		for (String pointer : new String[] { "/subject", "/body" }) {
			String[] taken = new String[1];
			journey.step("% and a macro taken from the proposals in " + pointer, e -> {
				StyledText field = TemplateHands.field(page(e, MESSAGE), pointer);
				taken[0] = MacroProposals.takeTheSecond(field);
				assertEquals(e.editing().document().text(pointer), field.getText(), "the field shows what the document holds");
			}, e -> assertTrue(e.editing().document().text(pointer).endsWith(" " + taken[0]),
					pointer + " ends in " + taken[0] + ": " + e.editing().document().text(pointer)));
		}
	}

	/** The preview's people, the advice and the variant list are read, never edited. */
	@Test
	void whatOnlyShowsChangesNothing() throws Exception {
		TemplateEditor editor = on("reading.template.json", MESSAGE).editor();
		for (String arrow : new String[] { "\u25B6", "\u25C0" }) {
			Widgets.click(Widgets.button(page(editor, MESSAGE), arrow));
		}
		List<Hyperlink> advice = Widgets.all(page(editor, MESSAGE), Hyperlink.class, Control::isVisible);
		assertTrue(!advice.isEmpty(), "the sample has advice");
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event click = new Event();
			click.button = 1;
			click.x = 1;
			click.y = 1;
			advice.get(0).notifyListeners(type, click);
		}
		UiWait.idle();
		assertTrue(TemplateHands.field(page(editor, MESSAGE), "/subject").getSelectionCount() > 0,
				"the advice on the subject goes to the subject and selects what is past the advised length");
		editor.setActivePage(VARIANTS);
		UiWait.idle();
		selectVariant(editor, 0);
		for (Button arrow : Widgets.all(page(editor, VARIANTS), Button.class, b -> b.getText().equals("\u25B6"))) {
			Widgets.click(arrow);
		}
		assertFalse(editor.isDirty(), "reading changes nothing");
	}

	@Test
	void anEditThatBypassesTheHistoryFailsTheJourney() throws Exception {
		EditorJourney<TemplateEditor> journey = on("bypass.template.json", MESSAGE);
		AssertionError failure = assertThrows(AssertionError.class, () -> journey.step("changing the tree in place",
				e -> e.editing().document().root().put("subject", "changed"), e -> {
				}));
		assertTrue(failure.getMessage().contains("unsaved after the action"), failure.getMessage());
	}

	/** Opens on {@code pageId} a copy of the sample Message Ad of its own, named {@code name}. */
	private static EditorJourney<TemplateEditor> on(String name, String pageId) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("webinar-invitation.template.json").getContents()) {
			copy.create(sample, true, null);
		}
		return EditorJourney.open(copy, TemplateEditor.class, e -> e.setActivePage(pageId));
	}
}
