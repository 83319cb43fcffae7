package io.parley.ui.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.headless.CommandApplication;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;

/** A workspace's own parley.rules.json paces the sample sequence in its editor as it does in parley plan, and its check says so. */
class WorkspaceRulesTest {

	private static final String SAMPLE = "cmo-follow-up.sequence.json";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void aWorkspacesWeeklyInvitationLimitPacesThePlanPageAsParleyPlan() throws Exception {
		IProject project = SampleProjects.create("Sequence Workspace Rules Test");
		Files.writeString(SampleProjects.folder(project).resolve("parley.rules.json"), "{\"caps\": {\"weeklyInvitations\": 2}}");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		SequenceEditor editor = (SequenceEditor) IDE.openEditor(page(), project.getFile(SAMPLE), SequenceEditor.ID);
		PlanPage plan = (PlanPage) editor.setActivePage(PlanPage.ID);
		UiWait.idle();
		FormInput.choose(plan.path(), PlanPage.EVERY_STEP);

		JsonNode printed = parleyPlan(project);
		List<String> invitationDays = new ArrayList<>();
		for (JsonNode day : printed.path("days")) {
			if (day.path("touches").has("invite")) {
				assertEquals(1, day.at("/touches/invite").asInt(), "one a day: " + day);
				invitationDays.add(day.path("date").asText());
			}
		}
		assertEquals(List.of("2027-01-05", "2027-01-06", "2027-01-11", "2027-01-12", "2027-01-18"), invitationDays,
				"two a week, as the workspace says, not the sample's pace of 50");
		List<String> shown = new ArrayList<>();
		for (var row : plan.calendar().getItems()) {
			if (!row.getText(1).isEmpty()) {
				shown.add(row.getText(0).substring(0, 10));
			}
		}
		assertEquals(invitationDays, shown, "the editor's calendar is parley plan's");
		assertTrue(UiWait.until(() -> editor.diagnostics().all().stream()
				.anyMatch(d -> d.ruleId().equals("sequence.invitations.weekly") && d.message().contains("above the 2 a week")), 5_000),
				editor.diagnostics().all().toString());
	}

	private static JsonNode parleyPlan(IProject project) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String file = project.getFile(SAMPLE).getLocation().toOSString();
		CommandApplication.run(new String[] { "plan", file, "--format", "json" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
