package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.parley.scripting.ui.view.ScriptsView;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.SidewaysScrolling;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.WindowSizes;
import io.parley.ui.tests.support.Workbench;

/**
 * The Scripts view where the studio puts it, under the explorer, at the window sizes people use: each
 * script's name, its description and its file show whole, the description wrapped to the view's width.
 */
class ScriptsViewWindowSizesTest {

	@Test
	void eachScriptShowsItsNameDescriptionAndFileWhole() throws Exception {
		IProject project = SampleProjects.create("Scripts View Window Sizes Test");
		IFile script = project.getFile("weekly-report.js");
		script.create(new ByteArrayInputStream(("// Weekly report\n// Sums up last week's sends, accepts and replies of every campaign"
				+ " and writes them to reports/weekly.csv for the Monday meeting.\n\nconsole.log('ok');\n").getBytes(StandardCharsets.UTF_8)),
				true, null);
		IFile undescribed = project.getFile("tidy-up.js");
		undescribed.create(new ByteArrayInputStream("// Tidy up\n\nconsole.log('ok');\n".getBytes(StandardCharsets.UTF_8)), true, null);
		ScriptsView view = (ScriptsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ScriptsView.ID);
		assertTrue(UiWait.until(() -> view.scripts().stream().filter(s -> s.file().equals(script) || s.file().equals(undescribed)).count() == 2,
				10_000), "the new scripts are listed");
		Table table = view.viewer().getTable();
		List<String> cut = new ArrayList<>();
		WindowSizes.atEach((size, named) -> {
			Screenshots.save(Workbench.shell(), "scripts-view-" + named);
			TableItem[] items = table.getItems();
			for (int i = 0; i < items.length; i++) {
				ScriptsView.Script shown = (ScriptsView.Script) items[i].getData();
				String description = shown.header().description();
				// a script without a description has a card of its name and file
				int needed = lineHeight(table) + (description.isBlank() ? 0 : wrappedHeight(table, description))
						+ wrappedHeight(table, shown.file().getFullPath().makeRelative().toString());
				int asked = askedHeight(table, items[i]);
				// a row's height shows where the next row starts
				int tall = i + 1 < items.length ? items[i + 1].getBounds(0).y - items[i].getBounds(0).y : asked;
				if (Math.min(asked, tall) < needed) {
					cut.add(named + ": '" + shown.header().name() + "' is " + Math.min(asked, tall) + " px tall for text that needs " + needed);
				}
			}
		});
		assertEquals(List.of(), cut, "cut off; see " + WindowSizes.folder());
		assertEquals(List.of(), SidewaysScrolling.under(table.getParent()), "scrolls sideways");
		project.delete(true, true, null);
	}

	/** How tall the view asks the row of {@code item} to be. */
	private static int askedHeight(Table table, TableItem item) {
		GC gc = new GC(table);
		try {
			Event measure = new Event();
			measure.item = item;
			measure.gc = gc;
			measure.height = 1;
			table.notifyListeners(SWT.MeasureItem, measure);
			return measure.height;
		} finally {
			gc.dispose();
		}
	}

	/** {@code text} wrapped to the list's width. */
	private static int wrappedHeight(Table table, String text) {
		TextLayout layout = new TextLayout(table.getDisplay());
		try {
			layout.setFont(table.getFont());
			layout.setWidth(table.getColumn(0).getWidth() - 8);
			layout.setText(text);
			return layout.getBounds().height;
		} finally {
			layout.dispose();
		}
	}

	private static int lineHeight(Table table) {
		GC gc = new GC(table);
		try {
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}
}
