package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/** A file that does not load shows an error page whose Open as Text opens it in the text editor to repair. */
class OpenAsTextTest {

	private static final String BROKEN = "{\n  \"schema\": \"parley.template/1\",\n  \"name\": \n}";

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Open As Text Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void openAsTextReplacesTheErrorPageWithTheTextEditor() throws Exception {
		IFile broken = project.getFile("broken.template.json");
		broken.create(new ByteArrayInputStream(BROKEN.getBytes(StandardCharsets.UTF_8)), true, null);
		ParleyFormEditor form = assertInstanceOf(ParleyFormEditor.class, IDE.openEditor(page(), broken));
		UiWait.idle();
		assertFalse(form.isLoaded(), "the broken file shows the error page");

		try (LoggedErrors log = LoggedErrors.watch()) {
			Widgets.click(Widgets.button(Workbench.shell(), "Open as Text"));
			log.assertNone("opening the broken file as text");
		}

		IEditorPart active = page().getActiveEditor();
		assertNotNull(active, "an editor is open");
		ITextEditor text = assertInstanceOf(ITextEditor.class, active.getAdapter(ITextEditor.class), "the text editor is open");
		assertEquals(broken.getName(), active.getEditorInput().getName());
		assertEquals(BROKEN, text.getDocumentProvider().getDocument(active.getEditorInput()).get(), "it shows the file as it is");
		IEditorReference[] open = page().findEditors(active.getEditorInput(), null, IWorkbenchPage.MATCH_INPUT);
		assertEquals(1, open.length, "the error page is closed, the text editor alone shows the file");
		assertEquals(BROKEN, Files.readString(broken.getLocation().toFile().toPath()), "the file is untouched");
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
