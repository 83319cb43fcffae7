package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.ui.editors.JsonDocument;
import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;

/**
 * An editor's document has one writer, the operations of its editing: a page that changes what it
 * read changes nothing, the document offers no other way to change it, and an action that changes
 * it around the operation history (here: by writing the file, which the editor then reloads) fails
 * the journey every editor's test walks, however real the change.
 */
class OneWriterTest {

	/** What any page may call on a document: readers, which hand out copies, and listeners. */
	private static final Set<String> READERS = Set.of("root", "get", "text", "has", "serialized", "addListener", "removeListener");

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("One Writer Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void whatAPageReadsIsACopyThatChangesNothing() throws Exception {
		ParleyFormEditor editor = EditorJourney.open(project.getFile("webinar-q4.budget.json"), ParleyFormEditor.class, e -> {
		}).editor();
		JsonDocument document = editor.editing().document();
		String saved = document.serialized();
		document.root().put("total", 1);
		((ObjectNode) document.get("/costPerSend")).put("low", 9);
		document.root().putArray("scenarios").addObject().put("name", "changed in place");
		assertEquals(saved, document.serialized(), "the document is as it was");
		assertFalse(editor.isDirty(), "and the editor has nothing unsaved");
	}

	@Test
	void theDocumentHasNoWriterAPageCouldCall() {
		Set<String> offered = new TreeSet<>();
		for (Method method : JsonDocument.class.getMethods()) {
			if (method.getDeclaringClass() == JsonDocument.class && !Modifier.isStatic(method.getModifiers())) {
				offered.add(method.getName());
			}
		}
		assertEquals(new TreeSet<>(READERS), offered, "a page reads a document; only the editing's operations change it");
	}

	@Test
	void aChangeAroundTheHistoryFailsTheJourney() throws Exception {
		IFile file = project.getFile("around-the-history.budget.json");
		file.create(project.getFile("webinar-q4.budget.json").getContents(), true, null);
		EditorJourney<ParleyFormEditor> journey = EditorJourney.open(file, ParleyFormEditor.class, e -> {
		});
		AssertionError failure = assertThrows(AssertionError.class, () -> journey.step("writing the file instead of the document",
				e -> writeAround(e, "Written around the history"), e -> {
				}));
		assertTrue(failure.getMessage().contains("unsaved after the action"), failure.getMessage());
		ParleyFormEditor editor = journey.editor();
		assertTrue(UiWait.until(() -> editor.editing().document().text("/name").equals("Written around the history"), 5_000),
				"the change was real: the editor shows it, " + editor.editing().document().text("/name"));
	}

	/** Changes the document's name by writing its file, as an action that skipped the editing would. */
	private static void writeAround(ParleyFormEditor editor, String name) {
		String saved = editor.editing().document().serialized();
		String changed = saved.replace("\"" + editor.editing().document().text("/name") + "\"", "\"" + name + "\"");
		try {
			editor.file().setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
