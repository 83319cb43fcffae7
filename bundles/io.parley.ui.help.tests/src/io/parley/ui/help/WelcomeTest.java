package io.parley.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.parley.core.workspace.CampaignProjects;
import io.parley.scripting.ui.view.ScriptJob;
import io.parley.scripting.ui.view.ScriptsView;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * The studio's first start on a new workspace: the welcome page is there, each of its four offers
 * does what it says when clicked, and once closed it stays closed until Help > Welcome.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WelcomeTest {

	private static LoggedErrors errors;

	@BeforeAll
	static void watchTheLog() {
		errors = LoggedErrors.watch();
	}

	@AfterAll
	static void nothingLogged() {
		try {
			errors.assertNone("on the welcome page");
		} finally {
			errors.close();
		}
	}

	@Test
	@Order(1)
	void aNewWorkspaceOpensOnTheWelcomePage() throws Exception {
		WelcomeEditor welcome = welcome();
		assertNotNull(welcome, "the welcome page is open at the first start");
		assertEquals(welcome, page().getActiveEditor(), "it is the editor in front");
		assertFalse(Welcome.isDismissed());
		Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "welcome");
	}

	@Test
	@Order(2)
	void openTheSampleCampaignOpensTheWebinarCampaignInTheCampaignEditor() {
		click("Open the Sample Campaign");
		IEditorPart editor = page().getActiveEditor();
		assertEquals("io.parley.ui.campaigns.campaignEditor", editor.getSite().getId());
		IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
		assertEquals(CampaignProjects.SAMPLE_PROJECT + "/webinar-q4.campaign.json", file.getFullPath().makeRelative().toString());
	}

	@Test
	@Order(3)
	void newCampaignRunsTheNewCampaignWizardInTheSampleWorkspace() {
		List<String> seen = new ArrayList<>();
		Dialogs.whenOpen(shell -> shell.getData() instanceof WizardDialog, dialog -> {
			seen.add(dialog.getText());
			Widgets.all(dialog, Text.class, t -> t.getText().equals("untitled.campaign.json")).get(0).setText("from-welcome");
			Widgets.click(Widgets.button(dialog, "Finish"));
		});
		click("New Campaign");
		assertEquals(List.of("New Campaign"), seen, "the wizard came up");
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(CampaignProjects.SAMPLE_PROJECT);
		assertTrue(sample.getFile("from-welcome.campaign.json").exists(), "the new campaign is in the sample workspace");
		assertEquals("from-welcome.campaign.json", page().getActiveEditor().getEditorInput().getName(), "and open");
	}

	@Test
	@Order(4)
	void runAScriptRunsTheSampleCheckWithItsReportInTheConsole() throws Exception {
		click("Run a Script");
		assertNotNull(page().findView(ScriptsView.ID), "the Scripts view shows the workspace's scripts");
		assertTrue(UiWait.until(() -> Job.getJobManager().find(ScriptJob.FAMILY).length == 0, 120_000), "the script finished");
		MessageConsole console = (MessageConsole) Arrays.stream(ConsolePlugin.getDefault().getConsoleManager().getConsoles())
				.filter(c -> c.getName().equals("Script check-all.js")).findFirst().orElseThrow();
		assertTrue(UiWait.until(() -> console.getDocument().get().contains("documents checked"), 10_000),
				"the report is in the Console: " + text(console));
	}

	@Test
	@Order(5)
	void readTheGuideOpensItsFirstStepsBesideTheEditors() {
		click("Read the Guide");
		GuideView guide = (GuideView) page().findView(GuideView.ID);
		assertNotNull(guide);
		assertTrue(guide.shownPage().endsWith("/guide/getting-started.html"), guide.shownPage());
		assertTrue(guide.shownText().contains("Campaign workspaces"), guide.shownText());
	}

	@Test
	@Order(6)
	void closedItStaysClosedAndHelpWelcomeBringsItBack() throws Exception {
		page().closeEditor(welcome(), false);
		UiWait.idle();
		assertTrue(Welcome.isDismissed(), "closing the page dismisses it for the workspace");
		page().closeAllEditors(false);
		Menus.select("Help", "Welcome");
		assertNotNull(welcome(), "Help > Welcome shows it again");
	}

	private static void click(String label) {
		page().activate(welcome());
		UiWait.idle();
		Widgets.click(Widgets.button(welcome().getSite().getShell(), label));
		UiWait.idle();
	}

	private static WelcomeEditor welcome() {
		for (IEditorReference reference : page().getEditorReferences()) {
			if (reference.getId().equals(WelcomeEditor.ID)) {
				return assertInstanceOf(WelcomeEditor.class, reference.getEditor(true));
			}
		}
		return null;
	}

	private static String text(IConsole console) {
		return ((MessageConsole) console).getDocument().get();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
