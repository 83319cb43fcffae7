package io.parley.ui.audiences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.NewWizards;
import io.parley.ui.tests.support.SampleProjects;

/** An audience made with File > New starts with no problem. */
class NewAudienceTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("New Audience Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void aNewAudienceStartsWithNoProblem() throws Exception {
		AudienceEditor editor = assertInstanceOf(AudienceEditor.class,
				NewWizards.create("io.parley.ui.wizards.newAudience", project, "untitled.audience.json", "emea-leaders.audience.json"),
				"the new audience opens in the audience editor");
		assertEquals(List.of(), editor.diagnostics().all(), "no error, no warning");
		assertEquals("emea-leaders", editor.editing().document().text("/name"));
	}
}
