package io.parley.ui.templates.tests;

import static io.parley.ui.templates.tests.TemplateHands.MESSAGE;
import static io.parley.ui.templates.tests.TemplateHands.VARIANTS;
import static io.parley.ui.templates.tests.TemplateHands.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.ReadableText;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;

/**
 * Both pages of the template editor, for each format, beside the explorer as the studio opens it, at
 * its default window and at 1024x768: wrapped or scrolled, nothing cut off, and in a person's words.
 */
class TemplateWindowSizesTest {

	private static final String BODY = "Hi %FIRSTNAME%,\\n\\nI noticed you lead marketing at %COMPANYNAME%. We are hosting a session next Thursday"
			+ " on measuring pipeline from paid social that I thought you would find valuable.\\n\\nWould love to have you join.";

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Template Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void messageAd() throws Exception {
		assertNothingClipped("message-ad", project.getFile("webinar-invitation.template.json"));
	}

	@Test
	void inMail() throws Exception {
		assertNothingClipped("inmail", create("inmail", "\"format\": \"INMAIL\", \"sender\": \"Dana Whitfield\","
				+ " \"subject\": \"%FIRSTNAME%, your take on paid social at %COMPANYNAME%?\", \"body\": \"" + BODY + "\""));
	}

	@Test
	void message() throws Exception {
		assertNothingClipped("message", create("message", "\"format\": \"MESSAGE\", \"body\": \"" + BODY + "\""));
	}

	@Test
	void connectionNote() throws Exception {
		assertNothingClipped("connection-note", create("connection-note", "\"format\": \"CONNECTION_NOTE\","
				+ " \"body\": \"Hi %FIRSTNAME%, I enjoyed your post on pipeline reporting at %COMPANYNAME%. Would you like to connect?\""));
	}

	/** The page a template that cannot be read opens on. */
	@Test
	void aTemplateThatCannotBeRead() throws Exception {
		IFile file = project.getFile("unreadable.template.json");
		file.create(new ByteArrayInputStream("{\n  \"schema\": \"parley.template/1\",\n  \"name\": ,\n}\n".getBytes(StandardCharsets.UTF_8)), true, null);
		TemplateEditor editor = (TemplateEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		UiWait.idle();
		Composite area = (Composite) editor.getActivePageInstance().getPartControl();
		List<String> clipped = new ArrayList<>(WindowSizes.screenshotsAndClipping(area, "template-unreadable"));
		clipped.addAll(SidewaysScrolling.ofPages(area));
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
	}

	private static void assertNothingClipped(String name, IFile file) throws Exception {
		List<String> clipped = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (String pageId : List.of(MESSAGE, VARIANTS)) {
			TemplateEditor editor = EditorJourney.open(file, TemplateEditor.class, e -> e.setActivePage(pageId)).editor();
			WindowSizes.besideTheViews(editor);
			Composite area = page(editor, pageId);
			clipped.addAll(WindowSizes.screenshotsAndClipping(area, "template-" + name + "-" + pageId));
			clipped.addAll(SidewaysScrolling.ofPages(area));
			words.addAll(ReadableText.notInAPersonsWords(area));
			FormScreenshots.scrolledToEnd(editor.findPage(pageId).getManagedForm().getForm(), "template-" + name + "-" + pageId);
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		}
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), words, "names a person does not use");
	}

	/**
	 * A template of one format, with a variant so the Variants page shows its fields and both
	 * previews, named apart from the sample templates.
	 */
	private static IFile create(String name, String fields) throws Exception {
		String json = "{\n  \"schema\": \"parley.template/1\", \"name\": \"" + name + "\", " + fields
				+ ",\n  \"variants\": [ { \"name\": \"B: shorter\", \"body\": \"Hi %FIRSTNAME%, a 45-minute session for you?\" } ]\n}\n";
		IFile file = project.getFile("window-size-" + name + ".template.json");
		file.create(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}
}
