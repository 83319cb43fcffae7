package io.parley.ui.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.Keys;
import io.parley.ui.tests.support.ProblemsShown;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/**
 * Everything that shows a field follows undo and redo: its text, its counter (count and colour), the
 * page's heading and the inbox preview. And Variants > Add is an unsaved, undoable change.
 */
class TemplateUndoTest {

	private static final RGB ERROR = new RGB(190, 0, 30);
	/** Typed after the subject, taking it past the 60 characters Message Ads allow. */
	private static final String PAST_THE_LIMIT = " and see the numbers live";

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Template Undo Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theCounterHeadingAndPreviewFollowCtrlZEditUndoAndRedo() throws Exception {
		TemplateEditor editor = EditorJourney.open(copy("counter.template.json"), TemplateEditor.class, e -> e.setActivePage("message"))
				.editor();
		StyledText subject = TemplateEditorTest.field(editor, "/subject");
		Label counter = TemplateEditorTest.counterOf(subject);
		Shown saved = Shown.of(editor, subject, counter);
		assertTrue(saved.count() <= 60 && !saved.colour().equals(ERROR), "the sample's subject fits: " + saved);

		Keyboard.typeAtEnd(subject, PAST_THE_LIMIT);
		Shown typed = Shown.of(editor, subject, counter);
		assertEquals(saved.text() + PAST_THE_LIMIT, typed.text(), "the keys reached the field");
		assertEquals(saved.count() + PAST_THE_LIMIT.length(), typed.count(), "the counter counts each key: " + typed);
		assertEquals(ERROR, typed.colour(), "past 60 the counter is in the error colour");
		assertTrue(typed.heading().contains(typed.count() + " characters"), "the heading names the length: " + typed.heading());
		assertTrue(typed.preview().endsWith(PAST_THE_LIMIT), "the preview shows the typing: " + typed.preview());

		Keyboard.press(SWT.MOD1, 'z');
		assertEquals(saved, Shown.of(editor, subject, counter), "Ctrl+Z: field, counter, heading and preview as saved");
		Keyboard.press(SWT.MOD1, 'y');
		assertEquals(typed, Shown.of(editor, subject, counter), "Ctrl+Y: as typed again");

		Workbench.select("Edit", "Undo");
		assertEquals(saved, Shown.of(editor, subject, counter), "Edit > Undo: as saved");
		Workbench.select("Edit", "Redo");
		assertEquals(typed, Shown.of(editor, subject, counter), "Edit > Redo: as typed again");
	}

	/**
	 * Typing {@code %} proposes the macros and Enter takes the one chosen: the field, counter and
	 * preview show it, and one Undo takes it back. The keys are sent to the field as the other key
	 * tests send them: a key posted to the display goes to the window that has the X input focus, and
	 * under Xvfb, with no window manager, the proposal popup takes that focus as it opens (a window
	 * manager keeps it with the studio), so a posted Enter reached no widget.
	 */
	@Test
	void percentProposesTheMacrosAndEnterTakesOne() throws Exception {
		TemplateEditor editor = EditorJourney.open(copy("macro.template.json"), TemplateEditor.class, e -> e.setActivePage("message"))
				.editor();
		StyledText subject = TemplateEditorTest.field(editor, "/subject");
		Label counter = TemplateEditorTest.counterOf(subject);
		Shown saved = Shown.of(editor, subject, counter);

		FormInput.typeAtEnd(subject, " %");
		Keys.press(subject, SWT.CR, 0);
		Shown chosen = Shown.of(editor, subject, counter);
		assertTrue(chosen.text().matches(Pattern.quote(saved.text() + " ") + "%[A-Z]+%"), "Enter put a whole macro in: " + chosen.text());
		assertTrue(chosen.count() > saved.count() + 2, "the counter counts the macro's longest value: " + chosen);
		assertTrue(chosen.preview().startsWith(saved.preview()), "the preview shows it: " + chosen.preview());

		String macro = chosen.text().substring(saved.text().length() + 1);
		Workbench.select("Edit", "Undo");
		assertFalse(subject.getText().endsWith(macro), "Undo takes " + macro + " back: " + subject.getText());
	}

	@Test
	void variantsAddIsUnsavedUndoneAndSaved() throws Exception {
		EditorJourney<TemplateEditor> journey = EditorJourney.open(copy("add-variant.template.json"), TemplateEditor.class,
				e -> e.setActivePage("variants"));
		journey.step("Variants > Add", e -> Widgets.click(Widgets.button(page(e), "Add")), e -> {
			assertEquals(2, e.editing().document().get("/variants").size());
			org.eclipse.swt.widgets.List names = Widgets.all(page(e), org.eclipse.swt.widgets.List.class, l -> true).get(0);
			assertEquals(List.of("B: shorter subject", "C: "), List.of(names.getItems()), "the list shows the new variant");
		});
	}

	/**
	 * What a person sees of the subject: the field, the counter's count and colour, the page's heading
	 * once typing pauses, and the subject in the preview.
	 */
	private record Shown(String text, int count, RGB colour, String heading, String preview) {

		static Shown of(TemplateEditor editor, StyledText subject, Label counter) {
			UiWait.until(() -> ProblemsShown.inHeading(editor), 5_000);
			String count = counter.getText().split(" / ")[0].replace(",", "");
			String heading = ProblemsShown.heading(editor);
			return new Shown(subject.getText(), Integer.parseInt(count), counter.getForeground().getRGB(), heading == null ? "" : heading,
					previewSubject(editor));
		}
	}

	/** The preview's subject: the text of the Inbox Preview that wraps to its width. */
	private static String previewSubject(TemplateEditor editor) {
		Section preview = Widgets.all(page(editor), Section.class, section -> section.getText().equals("Inbox Preview")).get(0);
		return Widgets.all(preview, StyledText.class, t -> (t.getStyle() & SWT.WRAP) != 0).get(0).getText();
	}

	private static Composite page(TemplateEditor editor) {
		IFormPage page = editor.getActivePageInstance();
		return (Composite) page.getPartControl();
	}

	/** A copy of the sample Message Ad of its own, its subject 41 characters: within the limit, a few keys from it. */
	private static IFile copy(String name) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream sample = project.getFile("webinar-invitation.template.json").getContents()) {
			String text = new String(sample.readAllBytes(), StandardCharsets.UTF_8).replace("%FIRSTNAME%, join 200+", "Join 200+");
			copy.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		return copy;
	}
}
