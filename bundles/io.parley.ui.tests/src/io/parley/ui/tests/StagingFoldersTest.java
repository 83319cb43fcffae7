package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.ICommonFilterDescriptor;
import org.eclipse.ui.navigator.INavigatorFilterService;
import org.junit.jupiter.api.Test;

import io.parley.scripting.ui.view.ScriptsView;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;

/**
 * What a script run or an export is writing, or what a killed one left ({@code .parley-run-*},
 * {@code .parley-export-*}), is not part of the workspace a person sees: the Project Explorer shows
 * no staging folder, even with its ".* resources" filter off, and the Scripts view lists no script
 * staged in one.
 */
class StagingFoldersTest {

	@Test
	void theExplorerAndTheScriptsViewShowNoStagingFolder() throws Exception {
		IProject project = SampleProjects.create("Staging Folders Test");
		Path folder = SampleProjects.folder(project);
		Files.createDirectories(folder.resolve(".parley-run-18/files"));
		Files.writeString(folder.resolve(".parley-run-18/files/staged.template.json"), "{}");
		Files.writeString(folder.resolve(".parley-run-18/files/staged.js"), "// Staged: not a script of the workspace\n");
		Files.createDirectories(folder.resolve("out/.parley-export-18/files"));
		Files.writeString(folder.resolve("out/.parley-export-18/files/sends.csv"), "recipient\n");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		INavigatorFilterService filters = explorer.getNavigatorContentService().getFilterService();
		List<String> active = new ArrayList<>();
		for (ICommonFilterDescriptor filter : filters.getVisibleFilterDescriptors()) {
			if (filters.isActive(filter.getId())) {
				active.add(filter.getId());
			}
		}
		filters.activateFilterIdsAndUpdateViewer(new String[0]);
		try {
			explorer.getCommonViewer().expandToLevel(project, 2);
			explorer.getCommonViewer().expandToLevel(project.getFolder("out"), 1);
			List<String> shown = new ArrayList<>();
			assertTrue(UiWait.until(() -> {
				shown.clear();
				collect(explorer.getCommonViewer().getTree().getItems(), shown);
				return shown.contains("out");
			}, 10_000), "the project and its out folder are shown: " + shown);
			assertTrue(shown.stream().noneMatch(name -> name.startsWith(".parley-")), "no staging folder among " + shown);
			assertTrue(shown.stream().noneMatch(name -> name.startsWith("staged")), "nothing staged among " + shown);
		} finally {
			filters.activateFilterIdsAndUpdateViewer(active.toArray(String[]::new));
		}

		ScriptsView scripts = (ScriptsView) page().showView(ScriptsView.ID);
		List<String> listed = scripts.scripts().stream().map(s -> s.file()).filter(f -> f.getProject().equals(project))
				.map(f -> f.getProjectRelativePath().toString()).toList();
		assertEquals(List.of("check-all.js"), listed, "the sample's script, and no staged one, in the Scripts view");
		project.delete(true, true, null);
	}

	/** The labels of the items under {@code items} that the tree has created, expanded or not. */
	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	private static org.eclipse.ui.IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
