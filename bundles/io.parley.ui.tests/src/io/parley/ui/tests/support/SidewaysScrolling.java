package io.parley.ui.tests.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * What has to be scrolled sideways to be seen at the window sizes people use: GTK shows scroll bars
 * only under the pointer, so content past a form's right edge looks cut off.
 */
public final class SidewaysScrolling {

	private static final int TOLERANCE = 2;

	private SidewaysScrolling() {
	}

	/** At each of {@link WindowSizes#PEOPLE_USE}: scrolled areas (forms) and tables under {@code area} wider inside than their view. */
	public static List<String> under(Composite area) throws Exception {
		return atSizesPeopleUse(area, true);
	}

	/** As {@link #under}, but only the scrolled areas (forms): for pages whose tables may scroll inside themselves. */
	public static List<String> ofPages(Composite area) throws Exception {
		return atSizesPeopleUse(area, false);
	}

	private static List<String> atSizesPeopleUse(Composite area, boolean tables) throws Exception {
		List<String> found = new ArrayList<>();
		WindowSizes.atEach((size, named) -> found.addAll(now(area, tables).stream().map(s -> named + ": " + s).toList()));
		return found;
	}

	private static List<String> now(Composite area, boolean tables) {
		List<String> found = new ArrayList<>();
		for (ScrolledComposite scrolled : Widgets.all(area, ScrolledComposite.class, Control::isVisible)) {
			int content = scrolled.getContent().getSize().x;
			if (content > scrolled.getClientArea().width + TOLERANCE) {
				found.add(scrolled.getClass().getSimpleName() + " holds " + content + " px in " + scrolled.getClientArea().width);
			}
		}
		for (Table table : Widgets.all(area, Table.class, t -> tables && t.isVisible())) {
			int columns = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
			if (columns > table.getClientArea().width + TOLERANCE) {
				found.add("a table's columns take " + columns + " px of " + table.getClientArea().width);
			}
		}
		return found;
	}
}
