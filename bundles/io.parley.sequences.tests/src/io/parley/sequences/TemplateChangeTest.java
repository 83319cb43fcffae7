package io.parley.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.ProblemMarkers;

/** A sequence's problems follow the templates it names: the builder checks it again when one of them changes on disk. */
class TemplateChangeTest {

	private IProject project;
	private Workspace workspace;

	@BeforeEach
	void createProject() throws Exception {
		project = CampaignProjects.create(ResourcesPlugin.getWorkspace(), "sequence-template-change", null);
		workspace = new Workspace(project.getLocation().toPath());
		workspace.write("outreach.sequence.json", Workspace.seed002(""));
	}

	@AfterEach
	void deleteProject() throws Exception {
		project.delete(true, true, null);
	}

	@Test
	void aTemplateTurnedIntoAnotherFormatIsAProblemOfTheSequenceThatSendsIt() throws Exception {
		assertEquals(List.of(), problems());
		workspace.write("follow-up.template.json", """
				{"schema": "parley.template/1", "name": "Follow-up", "format": "INMAIL", "sender": "Dana Lee", "subject": "Hello",
				 "body": "Thanks for connecting, %FIRSTNAME%."}""");
		assertEquals(List.of("sequence.message /steps/1/message"), problems());
		workspace.write("follow-up.template.json", """
				{"schema": "parley.template/1", "name": "Follow-up", "format": "MESSAGE", "body": "Thanks for connecting, %FIRSTNAME%."}""");
		assertEquals(List.of(), problems());
	}

	/** The sequence's problem markers once the workspace has seen the files on disk and built: rule and field. */
	private List<String> problems() throws Exception {
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		IFile sequence = project.getFile("outreach.sequence.json");
		return Arrays.stream(sequence.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(ProblemMarkers.RULE_ID, "") + " " + m.getAttribute(ProblemMarkers.JSON_PATH, "")).toList();
	}
}
