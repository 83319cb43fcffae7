package io.parley.ui.flows.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.flows.ConversationPage;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.flows.FlowPage;
import io.parley.ui.flows.PathsPage;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.WindowSizes;
import io.parley.ui.tests.support.Workbench;

/** Every page of the flow editor at the studio's default window and at 1024x768: wrapped or scrolled, nothing cut off. */
class FlowWindowSizesTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Flow Window Sizes Test");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void flowPage() throws Exception {
		assertNothingClipped(FlowPage.ID, "flow-flow");
	}

	/** A message whose buttons end in a form, a page and a close: a field and a note beside the action. */
	@Test
	void flowPageWithEndings() throws Exception {
		assertNothingClipped(FlowPage.ID, "flow-flow-endings", editor -> editor.flowPage().select(editor.flow().indexOf("creative")));
	}

	@Test
	void pathsPage() throws Exception {
		assertNothingClipped(PathsPage.ID, "flow-paths");
	}

	@Test
	void conversationPage() throws Exception {
		assertNothingClipped(ConversationPage.ID, "flow-conversation");
	}

	private static void assertNothingClipped(String pageId, String name) throws Exception {
		assertNothingClipped(pageId, name, editor -> {
		});
	}

	private static void assertNothingClipped(String pageId, String name, Consumer<FlowEditor> prepare) throws Exception {
		FlowEditor editor = EditorJourney.open(project.getFile("software-demo.flow.json"), FlowEditor.class, e -> {
			e.setActivePage(pageId);
			prepare.accept(e);
		}).editor();
		UiWait.idle();
		Composite area = (Composite) ((ParleyFormPage) editor.findPage(pageId)).getPartControl();
		List<String> clipped = WindowSizes.screenshotsAndClipping(area, name);
		assertEquals(List.of(), clipped, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), sidewaysScrolling(area), "scrolls sideways");
	}

	/**
	 * What has to be scrolled sideways to be seen at either size: scroll bars that GTK shows only
	 * under the pointer leave such content looking cut off.
	 */
	private static List<String> sidewaysScrolling(Composite area) {
		Shell shell = Workbench.shell();
		Rectangle original = shell.getBounds();
		List<String> found = new ArrayList<>();
		try {
			for (Point size : WindowSizes.PEOPLE_USE) {
				shell.setBounds(0, 0, size.x, size.y);
				shell.layout(true, true);
				UiWait.idle();
				for (ScrolledComposite scrolled : Widgets.all(area, ScrolledComposite.class, Control::isVisible)) {
					int content = scrolled.getContent().getSize().x;
					if (content > scrolled.getClientArea().width + 2) {
						found.add(size + ": " + scrolled.getClass().getSimpleName() + " holds " + content + " px in " + scrolled.getClientArea().width);
					}
				}
				for (Table table : Widgets.all(area, Table.class, Control::isVisible)) {
					int columns = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
					if (columns > table.getClientArea().width + 2) {
						found.add(size + ": a table's columns take " + columns + " px of " + table.getClientArea().width);
					}
				}
			}
		} finally {
			shell.setBounds(original);
			UiWait.idle();
		}
		return found;
	}
}
