package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.Keys;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Workbench;

/**
 * The Edit menu and its keys in a form field, styled or a native number field: Cut, Copy, Paste, Select All, Undo with
 * Ctrl+Z and Redo with Ctrl+Y.
 */
class EditMenuTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Edit Menu Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void cutCopyPasteAndSelectAllWorkInAFormFieldAndCtrlYRedoes() throws Exception {
		ParleyFormEditor editor = open("webinar-q4.budget.json");
		StyledText name = nameField(editor);
		String original = name.getText();
		String saved = editor.editing().document().serialized();
		try (LoggedErrors log = LoggedErrors.watch()) {
			Keys.press(name, SWT.HOME, 0);
			Keys.press(name, SWT.END, SWT.SHIFT);
			assertEquals(original, name.getSelectionText(), "Shift+End selects the name");
			for (String item : new String[] { "Cut", "Copy", "Paste", "Select All" }) {
				assertTrue(Workbench.isEnabled("Edit", item), "Edit > " + item + " is enabled in a field with a selection");
			}
			Workbench.select("Edit", "Copy");
			assertEquals(original, clipboard(), "Edit > Copy puts the selection on the clipboard");

			Keys.press(name, SWT.END, 0);
			assertFalse(Workbench.isEnabled("Edit", "Copy"), "nothing selected, nothing to copy");
			Workbench.select("Edit", "Paste");
			assertEquals(original + original, name.getText(), "Edit > Paste inserts at the caret");
			assertEquals(original + original, editor.editing().document().text("/name"), "the paste is an edit of the document");
			assertTrue(editor.isDirty(), "the paste leaves the editor unsaved");

			Workbench.select("Edit", "Select All");
			assertEquals(original + original, name.getSelectionText(), "Edit > Select All selects the whole field");
			Workbench.select("Edit", "Cut");
			assertEquals("", name.getText(), "Edit > Cut removes the selection");
			assertEquals(original + original, clipboard(), "and puts it on the clipboard");
			assertEquals("", editor.editing().document().text("/name"));

			Keys.press(name, 'z', SWT.MOD1);
			assertEquals(saved, editor.editing().document().serialized(), "Ctrl+Z undoes the paste and the cut");
			assertEquals(original, name.getText());
			Keys.press(name, 'y', SWT.MOD1);
			assertEquals("", editor.editing().document().text("/name"), "Ctrl+Y redoes them");
			assertEquals("", name.getText());
			log.assertNone("using the Edit menu in a form field");
		}
	}

	/** A number field is a native text field, not a styled one: the Edit menu works there the same way. */
	@Test
	void selectAllCopyAndPasteWorkInANumberField() throws Exception {
		ParleyFormEditor editor = open("webinar-q4.budget.json");
		String saved = editor.editing().document().serialized();
		Text total = numberField(editor, "/total");
		String amount = total.getText();
		try (LoggedErrors log = LoggedErrors.watch()) {
			assertTrue(Workbench.isEnabled("Edit", "Select All"), "Edit > Select All is enabled in a number field");
			Workbench.select("Edit", "Select All");
			assertEquals(amount, total.getSelectionText(), "Edit > Select All selects the number");
			assertTrue(Workbench.isEnabled("Edit", "Copy"), "Edit > Copy is enabled with the number selected");
			Workbench.select("Edit", "Copy");
			assertEquals(amount, clipboard(), "Edit > Copy puts the number on the clipboard");

			Text daily = numberField(editor, "/daily");
			String perDay = daily.getText();
			daily.setSelection(daily.getCharCount());
			Keys.press(daily, SWT.END, 0);
			assertTrue(Workbench.isEnabled("Edit", "Paste"), "Edit > Paste is enabled in the number field");
			Workbench.select("Edit", "Paste");
			assertEquals(perDay + amount, daily.getText(), "Edit > Paste inserts at the caret");
			assertEquals(Long.parseLong(perDay + amount), editor.editing().document().get("/daily").asLong(), "the paste is an edit of the document");
			assertTrue(editor.isDirty(), "the paste leaves the editor unsaved");

			Keys.press(daily, 'z', SWT.MOD1);
			assertEquals(saved, editor.editing().document().serialized(), "Ctrl+Z undoes the paste");
			assertEquals(perDay, daily.getText());
			log.assertNone("using the Edit menu in a number field");
		}
	}

	@Test
	void undoActsOnTheActiveEditorWhenTwoOfAKindAreOpen() throws Exception {
		ParleyFormEditor first = open("webinar-q4.budget.json");
		String firstSaved = first.editing().document().serialized();
		ParleyFormEditor second = open("demo-requests.budget.json");
		String secondSaved = second.editing().document().serialized();
		Keys.type(nameField(second), "!");
		page().activate(first);
		UiWait.idle();
		StyledText name = nameField(first);
		Keys.press(name, SWT.END, 0);
		Keys.type(name, " (edited)");
		assertTrue(first.isDirty());

		Workbench.select("Edit", "Undo");
		assertEquals(firstSaved, first.editing().document().serialized(), "Edit > Undo undoes the typing in the active editor");
		assertTrue(second.isDirty(), "the other editor keeps its change");
		Keys.press(name, 'y', SWT.MOD1);
		assertTrue(first.editing().document().text("/name").endsWith(" (edited)"), "Ctrl+Y redoes it in the active editor");

		page().activate(second);
		UiWait.idle();
		Workbench.select("Edit", "Undo");
		assertEquals(secondSaved, second.editing().document().serialized(), "back in the other editor, Undo undoes its own change");
		assertTrue(first.isDirty(), "and leaves the first one's");
	}

	private static ParleyFormEditor open(String name) throws Exception {
		ParleyFormEditor editor = assertInstanceOf(ParleyFormEditor.class, IDE.openEditor(page(), project.getFile(name)));
		UiWait.until(editor::isLoaded, 5_000);
		UiWait.idle();
		return editor;
	}

	private static StyledText nameField(ParleyFormEditor editor) {
		StyledText name = assertInstanceOf(StyledText.class, editor.fields().control("/name").orElseThrow());
		name.setFocus();
		UiWait.idle();
		return name;
	}

	private static Text numberField(ParleyFormEditor editor, String pointer) {
		Text field = assertInstanceOf(Text.class, editor.fields().control(pointer).orElseThrow());
		field.setFocus();
		UiWait.idle();
		return field;
	}

	private static String clipboard() {
		Clipboard clipboard = new Clipboard(Workbench.shell().getDisplay());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
