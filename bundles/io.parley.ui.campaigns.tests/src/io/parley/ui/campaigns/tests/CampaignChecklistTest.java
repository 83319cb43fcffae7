package io.parley.ui.campaigns.tests;

import static io.parley.ui.campaigns.tests.Overview.DONE;
import static io.parley.ui.campaigns.tests.Overview.TO_DO;
import static io.parley.ui.campaigns.tests.Overview.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Workbench;

/** The overview's checklist and its problems list say the same: both read the same findings. */
class CampaignChecklistTest {

	private static final String STEP = "Message short enough";
	private static final String SAMPLE_SUBJECT = "%FIRSTNAME%, join 200+ marketing leaders next Thursday";

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Campaign Checklist Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void aSubjectTooLongIsAProblemAndLeavesTheMessageNotShortEnough() throws Exception {
		IFile template = project.getFile("webinar-invitation.template.json");
		String sample = Files.readString(template.getLocation().toFile().toPath());
		setContents(template, sample.replace(SAMPLE_SUBJECT, "%FIRSTNAME%, join 200+ marketing leaders next Thursday for pipeline"));
		CampaignEditor editor = assertInstanceOf(CampaignEditor.class, IDE.openEditor(page(), project.getFile("webinar-q4.campaign.json")));
		assertTrue(UiWait.until(() -> lengthProblems(editor).stream().anyMatch(p -> p.severity().equals("error")), 15_000),
				"the subject-length error is listed: " + Overview.problems(editor));
		String detail = row(editor, STEP).detail();
		assertEquals(TO_DO, row(editor, STEP).mark(), "not ticked while its problem is listed: " + detail);
		assertTrue(lengthProblems(editor).stream().anyMatch(p -> detail.startsWith(p.message())), "says what a problem says: " + detail);
		Screenshots.save(Workbench.shell(), "campaign-subject-too-long");

		setContents(template, sample.replace(SAMPLE_SUBJECT, "A seat for you, %FIRSTNAME%"));
		assertTrue(UiWait.until(() -> lengthProblems(editor).isEmpty() && DONE.equals(row(editor, STEP).mark()), 15_000),
				"a short subject: no length problem and the step ticked, together: " + Overview.problems(editor) + " / "
						+ row(editor, STEP).detail());
	}

	/** The listed problems of the template about a length. */
	private static List<Overview.Problem> lengthProblems(CampaignEditor editor) {
		return Overview.problems(editor).stream()
				.filter(p -> p.document().equals("webinar-invitation.template.json") && p.message().contains(" characters")).toList();
	}

	private static void setContents(IFile file, String text) throws Exception {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
