package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/**
 * The File menu's ways to keep or drop work: Save As writes the edited document to the file the person
 * names, the kind's suffix added, leaves the original as it was on disk, and the editor then shows the
 * new file, saved; Revert gives back the file as saved, and the editor has nothing left to save or undo.
 */
class FileMenuTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("File Menu Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void saveAsWritesTheEditedDocumentToTheNamedFileAndLeavesTheOriginal() throws Exception {
		IFile original = project.getFile("original.budget.json");
		original.create(project.getFile("webinar-q4.budget.json").getContents(), true, null);
		String originalText = read(original);
		ParleyFormEditor editor = EditorJourney.open(original, ParleyFormEditor.class, e -> {
		}).editor();
		FormInput.typeAtEnd(name(editor), " (copy)");
		assertTrue(editor.isDirty(), "the typing is unsaved");
		String edited = editor.editing().document().serialized();

		try (LoggedErrors log = LoggedErrors.watch()) {
			Dialogs.whenOpen(Dialogs.titled("Save As"), dialog -> {
				Text fileName = Widgets.all(dialog, Text.class, t -> t.getText().equals(original.getName())).get(0);
				fileName.setText("copy");
				Widgets.click(dialog.getDefaultButton());
			});
			Workbench.select("File", "Save As");
			IFile copy = project.getFile("copy.budget.json");
			assertTrue(UiWait.until(copy::exists, 5_000), "the copy is named with the kind's suffix");
			assertEquals(edited, read(copy), "Save As writes the edited document");
			assertEquals(originalText, read(original), "the original is as it was");
			assertEquals(copy, editor.file(), "the editor shows the copy");
			assertFalse(editor.isDirty(), "and has nothing unsaved");
			assertEquals("copy.budget.json", Workbench.tabText(editor));
			log.assertNone("saving a document as another file");
		}

		page().closeEditor(editor, true);
		ParleyFormEditor reopened = EditorJourney.open(project.getFile("copy.budget.json"), ParleyFormEditor.class, e -> {
		}).editor();
		assertTrue(name(reopened).getText().endsWith(" (copy)"), "reopened, the copy shows the edit: " + name(reopened).getText());
	}

	@Test
	void revertGivesBackTheSavedFile() throws Exception {
		IFile file = project.getFile("revert.budget.json");
		file.create(project.getFile("webinar-q4.budget.json").getContents(), true, null);
		String onDisk = read(file);
		ParleyFormEditor editor = EditorJourney.open(file, ParleyFormEditor.class, e -> {
		}).editor();
		String opened = editor.editing().document().serialized();
		FormInput.typeAtEnd(name(editor), " (draft)");
		assertTrue(editor.isDirty(), "the typing is unsaved");

		try (LoggedErrors log = LoggedErrors.watch()) {
			Workbench.select("File", "Revert");
			assertEquals(opened, editor.editing().document().serialized(), "the editor holds the file as saved");
			assertEquals("Webinar Q4 test budget", name(editor).getText(), "and shows it");
			assertFalse(editor.isDirty(), "nothing is left to save");
			assertFalse(Workbench.isEnabled("Edit", "Undo"), "nor to undo");
			assertEquals(onDisk, read(file), "the file is untouched");
			log.assertNone("reverting a document");
		}
	}

	private static StyledText name(ParleyFormEditor editor) {
		return assertInstanceOf(StyledText.class, editor.fields().control("/name").orElseThrow());
	}

	private static String read(IFile file) throws Exception {
		return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
