package io.parley.ui.templates.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.ProblemMarkers;
import io.parley.ui.editors.LoadErrorPage;
import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Workbench;

/** The template editor as a user drives it: typing, counters, problems, undo, save, reopen, broken files. */
class TemplateEditorTest {

	private static final RGB ERROR_COLOUR = new RGB(190, 0, 30);

	@BeforeAll
	static void sampleWorkspace() {
		assertTrue(UiWait.until(() -> sample().getFile("webinar-invitation.template.json").exists(), 30_000), "sample installed");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void typingPastTheSubjectLimitShowsTheErrorAndUndoSaveReopenKeepTheText() throws Exception {
		IFile file = sample().getFile("webinar-invitation.template.json");
		TemplateEditor editor = open(file);
		StyledText subject = field(editor, "/subject");
		String original = subject.getText();

		type(subject, " - with Priya Raman from Northwind");
		Label counter = counterOf(subject);
		assertEquals(ERROR_COLOUR, counter.getForeground().getRGB(), "counter in the error colour: " + counter.getText());
		assertTrue(counter.getText().endsWith("/ 60"), counter.getText());
		assertTrue(editor.diagnostics().within("/subject").stream().anyMatch(d -> d.ruleId().equals("message-ad.subject.length")));
		assertTrue(UiWait.until(() -> hasMarker(file, "message-ad.subject.length"), 10_000), "the Problems view's marker");
		assertTrue(editor.isDirty());

		command("org.eclipse.ui.edit.undo");
		assertEquals(original, subject.getText(), "one undo takes back the typing run");
		assertFalse(editor.isDirty(), "back at the saved state");
		assertTrue(UiWait.until(() -> !hasMarker(file, "message-ad.subject.length"), 10_000), "marker gone after undo");

		command("org.eclipse.ui.edit.redo");
		assertTrue(subject.getText().endsWith("Northwind"));
		command("org.eclipse.ui.edit.undo");
		type(subject, "!");
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		page().closeEditor(editor, false);

		TemplateEditor reopened = open(file);
		assertEquals(original + "!", field(reopened, "/subject").getText());
		assertTrue(Files.readString(file.getLocation().toFile().toPath()).contains("next Thursday!"));
	}

	@Test
	void aProblemOpensTheEditorAtItsFieldWithTheRangeSelected() throws Exception {
		IFile file = sample().getFile("demo-request.template.json");
		assertTrue(UiWait.until(() -> hasMarker(file, "message-ad.subject.length"), 20_000), "the sample's known error");
		assertTrue(UiWait.checksDone(30_000), "the checks finished");
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		window.forceActive();
		UiWait.until(() -> window.getDisplay().getActiveShell() == window, 2_000);
		IMarker marker = Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "message-ad.subject.length".equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst().orElseThrow();
		String range = marker.getAttribute(ProblemMarkers.JSON_PATH, "") + " " + marker.getAttribute(ProblemMarkers.FIELD_START, -1) + ".."
				+ marker.getAttribute(ProblemMarkers.FIELD_END, -1);
		IEditorPart editor = IDE.openEditor(page(), marker);
		TemplateEditor template = assertInstanceOf(TemplateEditor.class, editor);
		StyledText subject = field(template, "/subject");
		assertEquals("message", template.getActivePageInstance().getId());
		assertTrue(UiWait.until(() -> subject.getSelectionCount() > 0, 5_000), "the overflowing range is selected (the marker's range: "
				+ range + "; selected " + subject.getSelectionRange() + " of " + subject.getCharCount() + " characters, editor loaded "
				+ template.isLoaded() + ")");
		if (window.getDisplay().getActiveShell() == window) {
			assertTrue(UiWait.until(subject::isFocusControl, 5_000), "subject focused in the active window");
		}
	}

	@Test
	void aCorruptTemplateOpensTheErrorPageAndIsLeftUntouched() throws Exception {
		byte[] corrupt = "{\n  \"schema\": \"parley.template/1\",\n  \"name\": ,\n}\n".getBytes(StandardCharsets.UTF_8);
		IFile file = sample().getFile("corrupt.template.json");
		file.create(new ByteArrayInputStream(corrupt), true, null);
		TemplateEditor editor = open(file);
		assertFalse(editor.isLoaded());
		LoadErrorPage error = assertInstanceOf(LoadErrorPage.class, editor.getActivePageInstance());
		assertTrue(error.location().startsWith("corrupt.template.json:3:"), error.location());
		assertFalse(editor.isDirty());
		editor.doSave(new NullProgressMonitor());
		page().closeEditor(editor, true);
		assertArrayEquals(corrupt, Files.readAllBytes(file.getLocation().toFile().toPath()));
		file.delete(true, null);
	}

	@Test
	void eachFormatShowsItsOwnFieldsAndTheFormatChangeUndoes() throws Exception {
		TemplateEditor editor = open(copyOfSample("cmo-outreach", "formats"));
		Combo format = (Combo) editor.fields().control("/format").orElseThrow();
		assertEquals("InMail", format.getText());
		assertTrue(editor.fields().control("/subject").isPresent());
		assertFalse(editor.fields().control("/footer").isPresent(), "InMails have no footer");

		choose(format, "Connection note");
		assertTrue(editor.fields().control("/subject").isPresent(), "the old subject stays visible, flagged, until cleared");
		assertTrue(editor.diagnostics().within("/subject").stream().anyMatch(d -> d.ruleId().equals("connection-note.subject.absent")));
		assertFalse(editor.fields().control("/cta/text").isPresent());

		choose(format, "Message Ad");
		assertTrue(editor.fields().control("/cta/text").isPresent());
		assertTrue(editor.fields().control("/footer").isPresent());

		command("org.eclipse.ui.edit.undo");
		command("org.eclipse.ui.edit.undo");
		assertEquals("InMail", format.getText());
	}

	/** A variant's empty body sends the original's: its counter says so, and counts once the person types. */
	@Test
	void aVariantsEmptyFieldSaysItSendsTheOriginal() throws Exception {
		TemplateEditor editor = open(sample().getFile("webinar-invitation.template.json"));
		editor.setActivePage(TemplateHands.VARIANTS);
		TemplateHands.selectVariant(editor, 0);
		Composite variants = TemplateHands.page(editor, TemplateHands.VARIANTS);
		StyledText body = TemplateHands.field(variants, "/variants/0/body");
		assertEquals("", body.getText(), "the sample's variant B changes only the subject");
		assertEquals("as the original", counterOf(body).getText());
		assertTrue(counterOf(TemplateHands.field(variants, "/variants/0/subject")).getText().matches("[\\d,]+ / [\\d,]+"),
				"a subject of its own is counted");
		TemplateHands.typeAtEnd(variants, "/variants/0/body", "Hi");
		assertEquals("2 / " + counterOf(body).getText().replaceAll(".* / ", ""), counterOf(body).getText(), "typed, it counts");
		Workbench.select("Edit", "Undo");
		assertEquals("as the original", counterOf(body).getText(), "undone, empty again");
	}

	@Test
	void theCounterShowsTheWorstCaseAfterMacroExpansion() throws Exception {
		TemplateEditor editor = open(copyOfSample("cmo-outreach", "worst-case"));
		StyledText subject = field(editor, "/subject");
		subject.setText("Hi %FIRSTNAME%");
		int shown = Integer.parseInt(counterOf(subject).getText().split(" / ")[0].replace(",", ""));
		assertTrue(shown > "Hi ".length() + 2, "the counter counts the longest first name, not the macro text: " + shown);
		assertNotEquals("Hi %FIRSTNAME%".length(), shown);
	}

	static TemplateEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page(), file);
		UiWait.idle();
		return assertInstanceOf(TemplateEditor.class, editor);
	}

	static StyledText field(TemplateEditor editor, String pointer) {
		return assertInstanceOf(StyledText.class, editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no field " + pointer)));
	}

	/** Types like a user: one character at a time at the caret. */
	static void type(StyledText text, String keys) {
		text.setFocus();
		text.setCaretOffset(text.getCharCount());
		for (char key : keys.toCharArray()) {
			text.insert(String.valueOf(key));
			text.setCaretOffset(text.getCaretOffset() + 1);
		}
	}

	static Label counterOf(StyledText text) {
		return (Label) text.getParent().getChildren()[1];
	}

	static void choose(Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiWait.idle();
	}

	static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		UiWait.idle();
	}

	static boolean hasMarker(IFile file, String ruleId) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.anyMatch(m -> ruleId.equals(m.getAttribute(ProblemMarkers.RULE_ID, "")));
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}

	static IFile copyOfSample(String name, String copy) throws Exception {
		IFile target = sample().getFile(copy + ".template.json");
		if (target.exists()) {
			target.delete(true, null);
		}
		sample().getFile(name + ".template.json").copy(target.getFullPath(), true, null);
		return target;
	}

	static IProject sample() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(CampaignProjects.SAMPLE_PROJECT);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
