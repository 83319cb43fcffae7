package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.CampaignProjects;
import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;

/** The campaign overview: its readiness checklist and problems follow the documents it ties together. */
class CampaignEditorTest {

	@BeforeAll
	static void sampleWorkspace() {
		assertTrue(UiWait.until(() -> sample().getFile("webinar-q4.campaign.json").exists(), 30_000), "sample installed");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setMaximized(true);
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theChecklistReflectsTheDocuments() throws Exception {
		CampaignEditor editor = assertInstanceOf(CampaignEditor.class, IDE.openEditor(page(), sample().getFile("webinar-q4.campaign.json")));
		assertTrue(UiWait.quiet(30_000), "the campaign's first check finishes");
		assertEquals("\u2718", Overview.row(editor, "Audience sized for a test").mark(), "85,000 members is more than a test");
		assertEquals("\u2714", Overview.row(editor, "Sender chosen").mark());
		assertEquals("\u2714", Overview.row(editor, "Destination set").mark());
		Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "campaign-overview");

		IFile audience = sample().getFile("marketing-leaders.audience.json");
		String original = Files.readString(audience.getLocation().toFile().toPath());
		setContents(audience, original.replace("\"estimatedSize\": 85000", "\"estimatedSize\": 30000"));
		try {
			assertTrue(UiWait.until(() -> "\u2714".equals(Overview.row(editor, "Audience sized for a test").mark()), 10_000),
					"saving the audience ticks the step: " + Overview.row(editor, "Audience sized for a test").detail());
		} finally {
			setContents(audience, original);
		}
	}

	@Test
	void choosingAnotherContentUpdatesChecklistAndProblemsAndUndoes() throws Exception {
		CampaignEditor editor = assertInstanceOf(CampaignEditor.class, IDE.openEditor(page(), sample().getFile("webinar-q4.campaign.json")));
		UiWait.idle();
		Combo content = (Combo) editor.fields().control("/content").orElseThrow();
		content.select(Arrays.asList(content.getItems()).indexOf("demo-request.template.json"));
		content.notifyListeners(SWT.Selection, new Event());
		assertTrue(UiWait.until(() -> Overview.row(editor, "Destination set").detail().contains("Demo request form"), 10_000),
				Overview.row(editor, "Destination set").detail());
		assertTrue(UiWait.until(() -> Overview.problems(editor).stream().anyMatch(p -> p.document().equals("demo-request.template.json")
				&& p.severity().equals("error")), 10_000), "the content's own error is listed with the campaign's");
		assertTrue(editor.isDirty());

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		assertTrue(UiWait.until(() -> content.getText().equals("webinar-invitation.template.json"), 10_000), content.getText());
		assertTrue(!editor.isDirty());
	}

	private static void setContents(IFile file, String text) throws Exception {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	private static IProject sample() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(CampaignProjects.SAMPLE_PROJECT);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
