package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.ReadableText;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;

/**
 * The campaign overview beside the explorer, at the studio's default window and at 1024x768: wrapped
 * or scrolled down, nothing cut off and nothing to scroll sideways.
 */
class CampaignWindowSizesTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Campaign Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void aMessageAdCampaign() throws Exception {
		assertNothingClipped("webinar-q4.campaign.json", "campaign-overview-message-ad");
	}

	@Test
	void anInMailCampaign() throws Exception {
		assertNothingClipped("cmo-outreach.campaign.json", "campaign-overview-inmail");
	}

	private static void assertNothingClipped(String campaign, String name) throws Exception {
		CampaignEditor editor = assertInstanceOf(CampaignEditor.class,
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), project.getFile(campaign)));
		assertTrue(UiWait.quiet(30_000), "the campaign's checks finish");
		Composite area = (Composite) editor.getActivePageInstance().getPartControl();
		List<String> clipped = WindowSizes.screenshotsAndClipping(area, name);
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), SidewaysScrolling.under(area), "scrolls sideways");
		assertEquals(List.of(), ReadableText.notInAPersonsWords(area), "names a person does not use");
		FormScreenshots.scrolledToEnd(editor.getActivePageInstance().getManagedForm().getForm(), name);
	}
}
