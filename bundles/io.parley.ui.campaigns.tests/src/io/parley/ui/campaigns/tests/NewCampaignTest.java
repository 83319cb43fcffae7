package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.NewWizards;
import io.parley.ui.tests.support.SampleProjects;

/** A campaign made with File > New where its parts are starts complete: no problem of its own. */
class NewCampaignTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("New Campaign Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void aNewCampaignTakesThePartsBesideItAndStartsWithNoProblem() throws Exception {
		CampaignEditor editor = assertInstanceOf(CampaignEditor.class,
				NewWizards.create("io.parley.ui.wizards.newCampaign", project, "untitled.campaign.json", "spring-outreach.campaign.json"),
				"the new campaign opens in the campaign editor");
		assertEquals(List.of(), editor.diagnostics().all(), "no error, no warning");
		assertEquals("spring-outreach", editor.editing().document().text("/name"));
		assertEquals("marketing-leaders.audience.json", editor.editing().document().text("/audience"));
		assertEquals("cmo-outreach.template.json", editor.editing().document().text("/content"));
		assertEquals("INMAIL", editor.editing().document().text("/format"), "the content's format");
	}
}
