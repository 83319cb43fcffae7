package io.parley.ui.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.parley.ui.editors.ParleyFormEditor;

/**
 * Walks an editor as a person does: each step is one action done through the widgets, after which
 * the journey checks what a person relies on. The tab shows "*"; Edit > Undo gives back exactly the
 * content before the action and Edit > Redo the content after it; File > Save writes that content;
 * and the file closed and opened again shows it. An action that changes the document without the
 * operation history (or that changes nothing) fails its step.
 */
public final class EditorJourney<E extends ParleyFormEditor> {

	private static final long WAIT_MILLIS = 5_000;

	private final IFile file;
	private final Class<E> type;
	private final Consumer<E> prepare;
	private E editor;

	private EditorJourney(IFile file, Class<E> type, Consumer<E> prepare) {
		this.file = file;
		this.type = type;
		this.prepare = prepare;
	}

	/**
	 * Opens {@code file} in its default editor, which must be a {@code type}; {@code prepare} runs
	 * after each opening (to pick a page, say), so a step finds the editor as the person left it.
	 */
	public static <E extends ParleyFormEditor> EditorJourney<E> open(IFile file, Class<E> type, Consumer<E> prepare) throws PartInitException {
		EditorJourney<E> journey = new EditorJourney<>(file, type, prepare);
		journey.reopen();
		return journey;
	}

	public E editor() {
		return editor;
	}

	/**
	 * Does {@code action} (named {@code what} in failures) and walks undo, redo, save, close and
	 * reopen; {@code shows} then checks that the reopened editor shows the change. The step starts
	 * and ends on a saved editor.
	 */
	public void step(String what, Consumer<E> action, Consumer<E> shows) throws Exception {
		String before = editor.editing().document().serialized();
		assertFalse(editor.isDirty(), what + ": starts from a saved editor");
		action.accept(editor);
		UiWait.until(editor::isDirty, WAIT_MILLIS);
		assertTrue(editor.isDirty(), what + ": the editor is unsaved after the action");
		assertTrue(UiWait.until(() -> Workbench.tabText(editor).startsWith("*"), WAIT_MILLIS),
				what + ": the tab shows * (it shows '" + Workbench.tabText(editor) + "')");
		assertTrue(Workbench.isEnabled("File", "Save"), what + ": File > Save is enabled");
		String after = editor.editing().document().serialized();
		assertNotEquals(before, after, what + ": the document changed");

		Workbench.select("Edit", "Undo");
		assertEquals(before, editor.editing().document().serialized(), what + ": Undo restores the content exactly");
		assertTrue(UiWait.until(() -> !editor.isDirty(), WAIT_MILLIS), what + ": undone back to the saved file, the editor is clean");
		Workbench.select("Edit", "Redo");
		assertEquals(after, editor.editing().document().serialized(), what + ": Redo does the action again");
		assertTrue(editor.isDirty(), what + ": redone, the editor is unsaved again");

		Workbench.select("File", "Save");
		assertTrue(UiWait.until(() -> !editor.isDirty(), WAIT_MILLIS), what + ": saved, the editor is clean");
		assertEquals(after, Files.readString(path(), StandardCharsets.UTF_8), what + ": Save writes the content");
		assertFalse(Workbench.tabText(editor).startsWith("*"), what + ": the tab loses its *");

		page().closeEditor(editor, true);
		reopen();
		assertEquals(after, editor.editing().document().serialized(), what + ": reopened, the editor shows the saved content");
		shows.accept(editor);
	}

	private void reopen() throws PartInitException {
		editor = type.cast(IDE.openEditor(page(), file));
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.until(() -> editor.isLoaded(), WAIT_MILLIS);
		prepare.accept(editor);
		UiWait.idle();
	}

	private Path path() {
		return file.getLocation().toFile().toPath();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
