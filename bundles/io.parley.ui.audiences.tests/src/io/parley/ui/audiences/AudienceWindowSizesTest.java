package io.parley.ui.audiences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.FormScreenshots;
import io.parley.ui.tests.support.ReadableText;
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
		List<String> cut = new ArrayList<>();
		WindowSizes.atEach((size, named) -> cut.addAll(cutOff(prospects.table().table()).stream().map(value -> named + ": " + value).toList()));
		assertEquals(List.of(), cut.stream().filter(value -> value.startsWith("1274x831")).toList(), "values cut off at the default size");
	}

	/** The values of {@code table} wider than their column, each with the whole value its tooltip shows. */
	private static List<String> cutOff(Table table) {
		List<String> cut = new ArrayList<>();
		GC gc = new GC(table);
		try {
			for (int row = 0; row < table.getItemCount(); row++) {
				TableItem item = table.getItem(row);
				for (int c = 0; c < table.getColumnCount(); c++) {
					if (gc.textExtent(item.getText(c)).x + 12 > table.getColumn(c).getWidth()) {
						cut.add(item.getText(c) + " in " + table.getColumn(c).getWidth() + " px");
					}
				}
			}
		} finally {
			gc.dispose();
		}
		return cut;
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
		assertEquals(List.of(), ReadableText.notInAPersonsWords(area), "names a person does not use");
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
