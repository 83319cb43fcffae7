package io.parley.ui.audiences;

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

import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;

/**
 * Both pages of the audience editor beside the explorer, at the studio's default window and at
 * 1024x768: wrapped or scrolled down, nothing cut off and nothing to scroll sideways.
 */
class AudienceWindowSizesTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Audience Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void audiencePage() throws Exception {
		assertNothingClipped(AudiencePage.ID, "audience-audience");
	}

	@Test
	void prospectListPage() throws Exception {
		AudienceEditor editor = open(ProspectsPage.ID);
		ProspectsPage prospects = (ProspectsPage) editor.findPage(ProspectsPage.ID);
		assertTrue(UiWait.until(() -> prospects.table().isComplete(), 10_000), "the sample's list is read");
		assertNothingClipped(editor, ProspectsPage.ID, "audience-prospects");
	}

	private static void assertNothingClipped(String pageId, String name) throws Exception {
		assertNothingClipped(open(pageId), pageId, name);
	}

	private static void assertNothingClipped(AudienceEditor editor, String pageId, String name) throws Exception {
		UiWait.idle();
		Composite area = (Composite) editor.findPage(pageId).getPartControl();
		List<String> clipped = WindowSizes.screenshotsAndClipping(area, name);
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), SidewaysScrolling.under(area), "scrolls sideways");
		FormScreenshots.scrolledToEnd(editor.findPage(pageId).getManagedForm().getForm(), name);
	}

	/** Opens the sample audience on {@code pageId}, beside the explorer as the studio first shows it. */
	private static AudienceEditor open(String pageId) throws Exception {
		AudienceEditor editor = assertInstanceOf(AudienceEditor.class, IDE.openEditor(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), project.getFile("marketing-leaders.audience.json")));
		editor.setActivePage(pageId);
		UiWait.idle();
		return editor;
	}
}
