package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.ProblemMarkers;
import io.parley.ui.application.StudioWorkbenchAdvisor;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;

/**
 * Problems that were lost come back, named in words: Project > Check All checks every document again, and the
 * studio's start checks again a project whose problems are missing.
 */
class CheckAllTest {

	@Test
	void checkAllFindsTheProblemsAgainWithTheirFieldsInWords() throws Exception {
		IProject project = SampleProjects.create("Check All Test");
		assertTrue(UiWait.until(() -> !problems(project).isEmpty(), 30_000), "the samples have problems");
		assertTrue(UiWait.quiet(30_000), "the first checks finish");
		List<String> found = problems(project);
		ProblemMarkers.clear(project);
		assertEquals(List.of(), problems(project), "as when the studio was killed before it saved them");
		assertTrue(UiWait.quiet(30_000));
		assertEquals(List.of(), problems(project), "nothing but Check All finds them again");

		try (LoggedErrors log = LoggedErrors.watch()) {
			Menus.select("Project", "Check All");
			assertTrue(UiWait.until(() -> problems(project).size() == found.size(), 30_000), "Check All finds them again");
			assertEquals(found, problems(project));
			log.assertNone("checking all documents");
		}
		for (IMarker marker : project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
			String location = marker.getAttribute(IMarker.LOCATION, "");
			assertFalse(location.isEmpty() || location.contains("/"), "a location a person reads: " + location);
		}
	}

	/**
	 * A start of the studio finds the problems of a project that lost them again (the studio was
	 * killed before it saved the workspace): what it runs after it started checks that project in full.
	 */
	@Test
	void theStudiosStartFindsTheProblemsAProjectLost() throws Exception {
		IProject project = SampleProjects.create("Start Check Test");
		assertTrue(UiWait.until(() -> !problems(project).isEmpty(), 30_000), "the samples have problems");
		assertTrue(UiWait.quiet(30_000), "the first checks finish");
		List<String> found = problems(project);
		project.deleteMarkers(null, true, IResource.DEPTH_INFINITE);
		assertEquals(List.of(), problems(project), "as after a start that restored a workspace saved without them");
		assertTrue(UiWait.quiet(30_000));
		assertEquals(List.of(), problems(project), "nothing but the start's check finds them again");

		try (LoggedErrors log = LoggedErrors.watch()) {
			new StudioWorkbenchAdvisor().postStartup();
			assertTrue(UiWait.until(() -> problems(project).size() == found.size(), 30_000), "the start finds them again");
			assertEquals(found, problems(project));
			assertTrue(UiWait.quiet(30_000), "the start's work finishes");
			log.assertNone("starting on a project that lost its problems");
		}
	}

	private static List<String> problems(IProject project) {
		try {
			return Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE))
					.map(m -> m.getResource().getName() + " " + m.getAttribute(IMarker.LOCATION, "") + ": " + m.getAttribute(IMarker.MESSAGE, ""))
					.sorted().toList();
		} catch (CoreException e) {
			return List.of();
		}
	}
}
