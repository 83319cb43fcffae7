package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.ProblemMarkers;
import io.parley.core.workspace.ProjectChecks;

/**
 * Problems survive a restart: their markers are saved with the workspace, and a project whose
 * markers were lost (the studio was killed before the workspace was saved) is checked again in
 * full by the check the studio runs at its start.
 */
class ProjectChecksTest {

	private static final String BROKEN = "{\n  \"schema\": \"parley.template/1\",\n  \"name\": \n}";

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private IProject project;
	private IFile broken;

	@BeforeEach
	void createCheckedProject() throws Exception {
		project = CampaignProjects.create(workspace, "checks-test", null);
		broken = project.getFile("broken.template.json");
		broken.create(new ByteArrayInputStream(BROKEN.getBytes(StandardCharsets.UTF_8)), true, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void aFullCheckMarksTheProjectChecked() throws Exception {
		assertTrue(problems().size() > 0, "the broken template has a problem");
		assertTrue(ProjectChecks.isChecked(project));
		assertFalse(ProjectChecks.unchecked(workspace).contains(project));
	}

	@Test
	void theCheckAtStartFindsAgainTheProblemsOfAProjectThatLostThem() throws Exception {
		List<String> before = problems();
		project.deleteMarkers(null, true, IResource.DEPTH_INFINITE);
		assertEquals(List.of(), problems(), "as after a start that restored a workspace saved without them");
		assertTrue(ProjectChecks.unchecked(workspace).contains(project), "a project without its check marker has lost its problems");

		Job check = ProjectChecks.checkWhereMissing(workspace);
		check.schedule();
		check.join();
		assertEquals(before, problems(), "checked again in full");
		assertTrue(ProjectChecks.isChecked(project));
	}

	@Test
	void problemsAndTheCheckAreSavedWithTheWorkspace() throws Exception {
		String message = broken.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)[0].getAttribute(IMarker.MESSAGE, "");
		workspace.save(true, null);
		Path saved = workspace.getRoot().getLocation().toFile().toPath()
				.resolve(".metadata/.plugins/org.eclipse.core.resources/.projects/checks-test/.markers");
		String markers = new String(Files.readAllBytes(saved), StandardCharsets.UTF_8);
		assertTrue(markers.contains(ProblemMarkers.TYPE) && markers.contains(message), "the problem is saved: " + message);
		assertTrue(markers.contains("io.parley.core.checked"), "and so is the project's check");
	}

	private List<String> problems() throws CoreException {
		return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
				.map(m -> m.getResource().getName() + ": " + m.getAttribute(IMarker.MESSAGE, "")).sorted().toList();
	}
}
