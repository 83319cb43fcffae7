package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.IBaseLabelProvider;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.Keys;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * Close, closing the tab, Close All, Save All (what Exit does first) and the window's close button ask about unsaved editors and do what the
 * person chooses, with nothing in the log: an editor saved as it closes no longer reacts to its own save after it is gone.
 */
class UnsavedWorkTest {

	private static final String EDIT = " (edited)";
	private static int projects;

	private IProject project;
	private ParleyFormEditor webinar;
	private ParleyFormEditor demo;

	@BeforeEach
	void openTwoUnsavedBudgets() throws Exception {
		project = SampleProjects.create("Unsaved Work Test " + ++projects);
		webinar = openAndType("webinar-q4.budget.json");
		demo = openAndType("demo-requests.budget.json");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void closeAllAsksAndSavesBothUnsavedEditors() throws Exception {
		try (LoggedErrors log = LoggedErrors.watch()) {
			List<String> asked = saveAllWhenAsked();
			Menus.select("File", "Close All Editors");
			assertEquals(List.of("Save Resources"), asked, "Close All asks");
			assertSaved("webinar-q4.budget.json");
			assertSaved("demo-requests.budget.json");
			assertEquals(0, page().getEditorReferences().length, "both editors closed");
			assertTrue(UiWait.quiet(30_000), "the checks of the saved files finish");
			log.assertNone("closing two unsaved editors with Close All");
		}
	}

	/**
	 * File > Exit first saves through the workbench's Save All, which asks about each unsaved editor
	 * in turn; answered Save, both files are written and nothing is left unsaved.
	 */
	@Test
	void saveAllAsExitDoesAsksAboutEachUnsavedEditorAndSavesThem() throws Exception {
		try (LoggedErrors log = LoggedErrors.watch()) {
			List<String> asked = new ArrayList<>();
			saveEachTimeAsked(asked, null, 2);
			assertTrue(PlatformUI.getWorkbench().saveAllEditors(true), "nothing canceled");
			assertFalse(asked.isEmpty(), "Save All asks");
			assertSaved("webinar-q4.budget.json");
			assertSaved("demo-requests.budget.json");
			assertFalse(webinar.isDirty() || demo.isDirty(), "nothing is left unsaved");
			assertTrue(UiWait.quiet(30_000), "the checks of the saved files finish");
			log.assertNone("saving two unsaved editors as Exit does");
		}
	}

	@Test
	void closeAsksAndSavesTheUnsavedEditor() throws Exception {
		try (LoggedErrors log = LoggedErrors.watch()) {
			List<String> asked = saveAllWhenAsked();
			page().activate(demo);
			Menus.select("File", "Close Editor");
			assertEquals(List.of("Save Resource"), asked, "Close asks");
			assertSaved("demo-requests.budget.json");
			assertTrue(webinar.isDirty(), "the other editor keeps its unsaved change");
			assertTrue(UiWait.quiet(30_000), "the checks of the saved files finish");
			log.assertNone("closing an unsaved editor");
		}
	}

	/**
	 * The editor's tab clicked with the middle button, which closes it as the tab's × does (the
	 * workbench's tab folder closes the part either way, not through File > Close): it asks about that
	 * editor, Save writes it, and the other editor keeps its unsaved change.
	 */
	@Test
	void closingTheTabAsksAndSavesTheUnsavedEditor() throws Exception {
		try (LoggedErrors log = LoggedErrors.watch()) {
			List<String> asked = saveAllWhenAsked();
			CTabItem tab = tabOf(demo);
			Rectangle bounds = tab.getBounds();
			for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
				Event click = new Event();
				click.button = 2;
				click.x = bounds.x + bounds.width / 2;
				click.y = bounds.y + bounds.height / 2;
				tab.getParent().notifyListeners(type, click);
			}
			UiWait.idle();
			assertEquals(List.of("Save Resource"), asked, "closing the tab asks");
			assertSaved("demo-requests.budget.json");
			assertTrue(tab.isDisposed(), "the tab is gone");
			assertTrue(webinar.isDirty(), "the other editor keeps its unsaved change");
			assertTrue(UiWait.quiet(30_000), "the check of the saved file finishes");
			log.assertNone("closing an unsaved editor's tab");
		}
	}

	/**
	 * The window's close button: the window manager asks the window to close, which GTK reports as a
	 * delete event and SWT delivers as the shell's Close event, exactly as {@link Shell#close()} does.
	 * With two editors unsaved the studio asks first, as File > Exit does; answered Cancel, the studio
	 * stays open, both edits unsaved and both files as they were, the explorer's problem overlays still
	 * following the documents' problems. (Answered Save, it saves both and
	 * ends: studio-exit.sh checks that on the built product, since this test cannot end the studio it
	 * runs in.)
	 */
	@Test
	void closingTheWindowAsksAndCancelKeepsTheStudioAndTheEdits() throws Exception {
		try (LoggedErrors log = LoggedErrors.watch()) {
			List<String> asked = new ArrayList<>();
			Dialogs.whenOpen(shell -> shell.getText().startsWith("Save Resource"), dialog -> {
				asked.add(dialog.getText());
				Widgets.click(Widgets.button(dialog, "Cancel"));
			});
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			int open = page().getEditorReferences().length;
			window.close();
			assertEquals(List.of("Save Resources"), asked, "closing the window asks about the unsaved editors");
			assertFalse(window.isDisposed(), "canceled, the studio stays open");
			assertTrue(webinar.isDirty() && demo.isDirty(), "both edits are still unsaved");
			assertEquals(open, page().getEditorReferences().length, "every editor is still open");
			assertNotSaved("webinar-q4.budget.json");
			assertNotSaved("demo-requests.budget.json");
			assertTrue(problemOverlaysFollow(), "the explorer's problem overlays are told of a document that broke after the Exit was cancelled");
			log.assertNone("closing the window with two unsaved editors, then Cancel");
		}
	}

	/** Whether the explorer's problem overlays hear of it when a new document turns out broken. */
	private boolean problemOverlaysFollow() throws Exception {
		IBaseLabelProvider overlays = PlatformUI.getWorkbench().getDecoratorManager().getLightweightLabelDecorator("io.parley.ui.problemDecorator");
		AtomicBoolean told = new AtomicBoolean();
		ILabelProviderListener listener = event -> told.set(true);
		overlays.addListener(listener);
		try {
			project.getFile("broken.template.json").create(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), true, null);
			return UiWait.until(told::get, 30_000);
		} finally {
			overlays.removeListener(listener);
		}
	}

	/**
	 * Answers the next question about saving with Save, every editor it lists chosen (as they are
	 * when it opens); returns its title, "Save Resources" when it lists both editors.
	 */
	private static List<String> saveAllWhenAsked() {
		List<String> asked = new ArrayList<>();
		Dialogs.whenOpen(shell -> shell.getText().startsWith("Save"), dialog -> {
			asked.add(dialog.getText());
			clickSave(dialog);
		});
		return asked;
	}

	/** Answers Save to each question about saving, up to {@code times} of them, one after the other. */
	private static void saveEachTimeAsked(List<String> asked, Shell answered, int times) {
		Dialogs.whenOpen(shell -> shell != answered && shell.getText().startsWith("Save Resource"), dialog -> {
			asked.add(dialog.getText());
			if (times > 1) {
				saveEachTimeAsked(asked, dialog, times - 1);
			}
			clickSave(dialog);
		});
	}

	private static void clickSave(Shell dialog) {
		Widgets.click(Widgets.all(dialog, Button.class, b -> b.getText().replace("&", "").matches("Save( \\d+ of \\d+)?")).get(0));
	}

	private ParleyFormEditor openAndType(String name) throws Exception {
		ParleyFormEditor editor = assertInstanceOf(ParleyFormEditor.class, IDE.openEditor(page(), project.getFile(name)));
		UiWait.until(editor::isLoaded, 5_000);
		Control field = editor.fields().control("/name").orElseThrow(() -> new AssertionError("no name field in " + name));
		field.setFocus();
		Keys.press(field, SWT.END, 0);
		Keys.type(field, EDIT);
		assertTrue(editor.isDirty(), name + " has an unsaved change");
		return editor;
	}

	private void assertSaved(String name) throws Exception {
		IFile file = project.getFile(name);
		String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertTrue(saved.contains(EDIT + "\""), name + " is saved with the change: " + saved);
	}

	private static CTabItem tabOf(ParleyFormEditor editor) {
		return Widgets.all(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), CTabFolder.class, folder -> true).stream()
				.flatMap(folder -> Arrays.stream(folder.getItems())).filter(item -> item.getText().replaceFirst("^\\*", "").equals(editor.getTitle()))
				.findFirst().orElseThrow(() -> new AssertionError("no tab for " + editor.getTitle()));
	}

	private void assertNotSaved(String name) throws Exception {
		String saved = Files.readString(project.getFile(name).getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		assertFalse(saved.contains(EDIT), name + " is as it was: " + saved);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
