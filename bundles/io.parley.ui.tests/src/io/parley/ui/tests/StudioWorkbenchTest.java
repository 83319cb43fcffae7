package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

import io.parley.core.preferences.ParleyPreferences;
import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.ProblemMarkers;
import io.parley.ui.application.CampaignsPerspective;
import io.parley.ui.navigator.DocumentGroup;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ui.editor.JavaScriptEditor;
import io.parley.scripting.ui.view.RunningScriptsAtExit;
import io.parley.scripting.ui.view.ScriptJob;
import io.parley.scripting.ui.view.ScriptHeader;
import io.parley.scripting.ui.view.ScriptsView;
import io.parley.ui.preferences.ParleyPreferencePage;

/** The studio as a user first sees it: perspective, explorer on the sample, an editor, a problem. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioWorkbenchTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static IProject sample() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(CampaignProjects.SAMPLE_PROJECT);
	}

	@Test
	@Order(1)
	void opensTheCampaignsPerspectiveWithTheBrandedTitle() {
		assertEquals(CampaignsPerspective.ID, page().getPerspective().getId());
		assertEquals("Parley", PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
		assertNotNull(page().findView(IPageLayout.ID_PROBLEM_VIEW), "Problems view");
	}

	@Test
	@Order(2)
	void explorerGroupsTheSampleDocumentsByKind() {
		assertTrue(UiWait.until(() -> sample().exists() && sample().getFile("software-demo.flow.json").exists(), 30_000),
				"the sample workspace is installed on first start");
		CommonNavigator explorer = (CommonNavigator) page().findView(IPageLayout.ID_PROJECT_EXPLORER);
		assertNotNull(explorer, "Project Explorer");
		explorer.getCommonViewer().expandToLevel(sample(), 1);
		List<String> groups = new ArrayList<>();
		assertTrue(UiWait.until(() -> {
			groups.clear();
			for (TreeItem item : explorer.getCommonViewer().getTree().getItems()) {
				if (sample().equals(item.getData())) {
							explorer.getCommonViewer().expandToLevel(sample(), 1);
					for (TreeItem child : item.getItems()) {
						if (child.getData() instanceof DocumentGroup group) {
							groups.add(group.label());
						}
					}
				}
			}
			return groups.size() >= 9;
		}, 10_000), "groups shown: " + groups);
		assertEquals(List.of("Campaigns", "Audiences", "Templates", "Flows", "Budgets", "Sequences", "Prospect lists", "Results", "Scripts"), groups);
	}

	@Test
	@Order(3)
	void opensADocumentAsText() throws Exception {
		IFile template = sample().getFile("webinar-invitation.template.json");
		IEditorPart editor = IDE.openEditor(page(), template, "org.eclipse.ui.DefaultTextEditor");
		UiWait.idle();
		assertNotNull(editor);
		assertEquals(template.getName(), editor.getEditorInput().getName());
		ITextEditor text = editor.getAdapter(ITextEditor.class);
		assertNotNull(text, "every document can also be opened as text (Open With > Text Editor)");
		String content = text.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertTrue(content.contains("\"format\": \"MESSAGE_AD\""), content);
	}

	@Test
	@Order(4)
	void brokenFileShowsUpInTheProblemsView() throws Exception {
		IFile broken = sample().getFile("broken.template.json");
		broken.create(new ByteArrayInputStream("{\n  \"schema\": \"parley.template/1\",\n  \"name\": \n}".getBytes(
				StandardCharsets.UTF_8)), true, null);
		assertTrue(UiWait.until(() -> markers(broken).length > 0, 20_000), "a Parley marker on the broken file");
		assertEquals(IMarker.SEVERITY_ERROR, markers(broken)[0].getAttribute(IMarker.SEVERITY, -1));

		IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		TreeViewer viewer = assertInstanceOf(TreeViewer.class, problems.getSite().getSelectionProvider());
		String message = markers(broken)[0].getAttribute(IMarker.MESSAGE, "");
		boolean listed = UiWait.until(() -> {
			viewer.expandAll();
			return treeContains(viewer.getTree().getItems(), "Not valid JSON");
		}, 20_000);

		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Path screenshot = Screenshots.save(shell, "studio");
		assertTrue(Files.size(screenshot) > 10_000, "screenshot written to " + screenshot.toAbsolutePath());
		assertTrue(listed, "Problems view lists: " + message);
	}

	@Test
	@Order(5)
	void preferencePageEditsParleysDefaults() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "io.parley.ui.preferences",
				new String[] { "io.parley.ui.preferences" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			ParleyPreferencePage page = assertInstanceOf(ParleyPreferencePage.class, dialog.getSelectedPage());
			assertEquals("USD", page.getPreferenceStore().getString(ParleyPreferences.DEFAULT_CURRENCY));
			assertEquals("default", page.getPreferenceStore().getString(ParleyPreferences.RULE_SET));
		} finally {
			dialog.close();
		}
	}

	@Test
	@Order(6)
	void scriptsViewListsScriptsByTheirHeaderAndOpensThemInTheScriptEditor() throws Exception {
		IFile script = sample().getFile("weekly-check.js");
		script.create(new ByteArrayInputStream("// Weekly check\n// Validates every campaign.\n\nconsole.log('ok');\n"
				.getBytes(StandardCharsets.UTF_8)), true, null);
		ScriptsView view = (ScriptsView) page().showView(ScriptsView.ID);
		assertTrue(UiWait.until(() -> view.scripts().stream().anyMatch(s -> s.file().equals(script)), 10_000));
		ScriptsView.Script listed = view.scripts().stream().filter(s -> s.file().equals(script)).findFirst().orElseThrow();
		assertEquals(new ScriptHeader("Weekly check", "Validates every campaign."), listed.header());
		IEditorPart editor = IDE.openEditor(page(), script);
		assertInstanceOf(JavaScriptEditor.class, editor);
	}

	@Test
	@Order(7)
	void aScriptRunsAsABackgroundJobAndCanBeStopped() throws Exception {
		ScriptsView view = (ScriptsView) page().showView(ScriptsView.ID);
		IFile endless = sample().getFile("endless.js");
		endless.create(new ByteArrayInputStream("// Endless\nconsole.log('looping');\nwhile (true) {}\n".getBytes(StandardCharsets.UTF_8)),
				true, null);
		assertTrue(UiWait.until(() -> view.scripts().stream().anyMatch(s -> s.file().equals(endless)), 10_000));
		select(view, "weekly-check.js");
		ScriptJob finished = view.runSelected();
		assertTrue(UiWait.until(() -> finished.getResult() != null, 60_000), "the script ran");
		assertEquals(ScriptResult.Outcome.FINISHED, finished.result().outcome(), finished.result().message());

		select(view, "endless.js");
		ScriptJob running = view.runSelected();
		UiWait.until(() -> running.getState() == Job.RUNNING, 10_000);
		assertTrue(UiWait.until(() -> consoleText("Script endless.js").contains("looping"), 20_000), "the script is in its loop");
		running.cancel();
		assertTrue(UiWait.until(() -> running.getResult() != null, 20_000), "the script stopped");
		assertEquals(ScriptResult.Outcome.STOPPED, running.result().outcome());
	}

	/**
	 * File > Exit while a script runs asks first; Cancel keeps the studio and the script running. An
	 * exit that cannot be refused (the session ends) stops the script before the workspace closes,
	 * so it discards what it wrote instead of failing as the workspace goes.
	 */
	@Test
	@Order(8)
	void exitWhileAScriptRunsAsksFirstAndStopsIt() throws Exception {
		ScriptsView view = (ScriptsView) page().showView(ScriptsView.ID);
		select(view, "endless.js");
		ScriptJob running = view.runSelected();
		assertTrue(UiWait.until(() -> consoleText("Script endless.js").contains("looping"), 20_000), "the script is in its loop");
		List<String> asked = new ArrayList<>();
		Dialogs.whenOpen(Dialogs.titled("Scripts Are Running"), dialog -> {
			asked.add(Widgets.all(dialog, Label.class, label -> label.getText().contains("running")).get(0).getText());
			Widgets.click(Widgets.button(dialog, "Cancel"));
		});
		Menus.select("File", "Exit");
		assertEquals(List.of("endless.js is still running.\n\nExiting stops it, and what it has written so far is discarded."), asked);
		assertTrue(PlatformUI.getWorkbench().getWorkbenchWindowCount() == 1 && running.getState() == Job.RUNNING,
				"Cancel: the studio stays, the script runs on");

		try (LoggedErrors log = LoggedErrors.watch()) {
			assertTrue(new RunningScriptsAtExit().preShutdown(PlatformUI.getWorkbench(), true), "an exit that cannot be refused goes on");
			assertEquals(ScriptResult.Outcome.STOPPED, running.result().outcome(), "stopped before the exit goes on");
			log.assertNone("stopping a running script as the studio exits");
		}
	}

	private static void select(ScriptsView view, String fileName) {
		ScriptsView.Script script = view.scripts().stream().filter(s -> s.file().getName().equals(fileName)).findFirst().orElseThrow();
		view.getSite().getSelectionProvider().setSelection(new org.eclipse.jface.viewers.StructuredSelection(script));
	}

	/** What the console of that name shows; empty while there is none. */
	private static String consoleText(String name) {
		return Arrays.stream(ConsolePlugin.getDefault().getConsoleManager().getConsoles())
				.filter(console -> console instanceof MessageConsole && console.getName().equals(name)).findFirst()
				.map(console -> ((MessageConsole) console).getDocument().get()).orElse("");
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
		} catch (Exception e) {
			return new IMarker[0];
		}
	}

	private static boolean treeContains(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText(0).contains(text)) {
				return true;
			}
			if (treeContains(item.getItems(), text)) {
				return true;
			}
		}
		return false;
	}
}
