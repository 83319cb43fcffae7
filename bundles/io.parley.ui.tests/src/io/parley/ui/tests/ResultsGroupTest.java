package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import io.parley.ui.navigator.DocumentGroup;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;
import io.parley.ui.tests.support.Workbench;

/**
 * What LinkedIn reported of a campaign, saved as NAME.results.csv, .xlsx or .json, stands in the
 * Project Explorer's one "Results" group with the campaign's other documents; the sample leaves no
 * file loose under its project.
 */
class ResultsGroupTest {

	@Test
	void resultsOfEveryShapeShareOneGroupAndNoSampleFileIsLoose() throws Exception {
		IProject project = SampleProjects.create("Results Group Test");
		Path folder = SampleProjects.folder(project);
		Files.writeString(folder.resolve("webinar-q1.results.json"), "{\"elements\": []}\n");
		Files.write(folder.resolve("webinar-q2.results.xlsx"), new byte[] { 'P', 'K' });
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandToLevel(project, 2);
		List<String> loose = new ArrayList<>();
		List<String> results = new ArrayList<>();
		assertTrue(UiWait.until(() -> {
			loose.clear();
			results.clear();
			for (TreeItem item : explorer.getCommonViewer().getTree().getItems()) {
				if (project.equals(item.getData())) {
					for (TreeItem child : item.getItems()) {
						if (!(child.getData() instanceof DocumentGroup group)) {
							loose.add(child.getText());
						} else if (group.label().equals("Results")) {
							results.addAll(Arrays.stream(child.getItems()).map(TreeItem::getText).toList());
						}
					}
				}
			}
			return results.size() == 3;
		}, 10_000), "the Results group holds: " + results);
		assertEquals(List.of("webinar-q1.results.json", "webinar-q2.results.xlsx", "webinar-q4.results.csv"), results.stream().sorted()
				.toList());
		assertEquals(List.of(), loose, "files standing loose under the project");

		Shell shell = Workbench.shell();
		WindowSizes.atEach((size, named) -> Screenshots.save(shell, "explorer-results-group-" + named));
		project.delete(true, true, null);
	}
}
