package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.Paints;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Widgets;

/**
 * The studio comes to rest: once its checks are done and a person only looks, neither the Project
 * Explorer nor an open campaign keeps repainting. What GTK draws by itself and then stops (the
 * caret, an overlay scroll bar fading out after the explorer scrolled to the new file) is let be:
 * see {@link Paints}.
 */
class IdleStudioTest {

	private static final long WATCHED_MILLIS = 2_000;
	/** Paints in the watched two seconds that are not a loop: a late tooltip, a last row drawn. */
	private static final int A_FEW = 3;
	/** Long enough for GTK's overlay scroll bar to fade out (3 to 4 s under Xvfb), short of a loop. */
	private static final long REST_WITHIN_MILLIS = 10_000;

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Idle Studio Test");
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void theExplorerRestsAfterFileNewCampaign() throws Exception {
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(project));
		page().activate(explorer);
		Dialogs.whenOpen(shell -> shell.getData() instanceof WizardDialog, dialog -> {
			Widgets.all(dialog, Text.class, t -> t.getText().startsWith("untitled")).get(0).setText("idle");
			Widgets.click(Widgets.button(dialog, "Finish"));
		});
		Menus.select("File", "New", "Campaign");
		assertTrue(project.getFile("idle.campaign.json").exists(), "File > New > Campaign made idle.campaign.json");

		assertRests("the Project Explorer", explorer.getCommonViewer().getControl());
		assertRests("the new campaign's editor", editorControl(page().getActiveEditor()));
	}

	@Test
	void anOpenCampaignRests() throws Exception {
		IEditorPart editor = IDE.openEditor(page(), project.getFile("webinar-q4.campaign.json"));
		assertRests("the sample campaign's editor", editorControl(editor));
		assertRests("the Project Explorer beside it",
				((CommonNavigator) page().findView(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getControl());
	}

	private static void assertRests(String what, Control control) {
		Map<String, Integer> paints = Paints.untilAtRest(control, WATCHED_MILLIS, A_FEW, REST_WITHIN_MILLIS);
		assertTrue(Paints.total(paints) <= A_FEW, what + " still painted " + paints + " in " + WATCHED_MILLIS + " ms after "
				+ REST_WITHIN_MILLIS / 1_000 + " s with nobody touching it");
	}

	/** The page the form editor shows, with everything on it. */
	private static Control editorControl(IEditorPart editor) {
		return ((FormEditor) editor).getActivePageInstance().getPartControl();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
