package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.IntNode;

import io.parley.ui.editors.DocumentEditing;
import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Workbench;

/** Undo gives back the file's content exactly, field order included, and redo the edited one. */
class ExactUndoTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Exact Undo Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void undoPutsARemovedFieldBackInItsPlace() throws Exception {
		ParleyFormEditor editor = (ParleyFormEditor) IDE.openEditor(page(), project.getFile("webinar-q4.budget.json"));
		UiWait.until(editor::isLoaded, 5_000);
		page().activate(editor);
		DocumentEditing editing = editor.editing();
		String saved = editing.document().serialized();

		editing.set("Remove total", "/total", null);
		editing.set("Set the lowest cost", "/costPerSend/low", IntNode.valueOf(1));
		String edited = editing.document().serialized();
		UiWait.idle();
		Workbench.select("Edit", "Undo");
		Workbench.select("Edit", "Undo");
		assertEquals(saved, editing.document().serialized());

		Workbench.select("Edit", "Redo");
		Workbench.select("Edit", "Redo");
		assertEquals(edited, editing.document().serialized());
		assertFalse(editing.document().has("/total"));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
