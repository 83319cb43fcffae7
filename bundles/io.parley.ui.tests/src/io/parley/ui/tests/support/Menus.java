package io.parley.ui.tests.support;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** Menus reached through submenus, each shown on the way as when a person opens it: File > New > Budget. */
public final class Menus {

	private Menus() {
	}

	/** Chooses the item at the end of {@code path} (whole labels, without mnemonics) from the menu bar. */
	public static void select(String... path) {
		Menu menu = Workbench.shell().getMenuBar();
		MenuItem item = null;
		for (String label : path) {
			if (item != null) {
				menu = item.getMenu();
			}
			item = find(menu, label);
		}
		if (!item.isEnabled()) {
			throw new AssertionError(String.join(" > ", path) + " is disabled");
		}
		item.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}

	private static MenuItem find(Menu menu, String label) {
		menu.notifyListeners(SWT.Show, new Event());
		try {
			for (MenuItem candidate : menu.getItems()) {
				if (Workbench.label(candidate).equals(label)) {
					return candidate;
				}
			}
			throw new AssertionError("No " + label + " in " + List.of(menu.getItems()).stream().map(Workbench::label).toList());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}
}
