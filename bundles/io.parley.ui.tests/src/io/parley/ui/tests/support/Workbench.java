package io.parley.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

/** The studio's window as a person sees and uses it: its menus and its tabs. */
public final class Workbench {

	private Workbench() {
	}

	public static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/**
	 * Chooses {@code menu} > {@code item} in the menu bar, as a click does; {@code item} is the
	 * label's start without its mnemonic ("Undo" matches "&Undo Typing in Subject").
	 */
	public static void select(String menu, String item) {
		MenuItem found = item(menu, item);
		if (!found.isEnabled()) {
			throw new AssertionError(menu + " > " + item + " is disabled");
		}
		found.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}

	/** Whether {@code menu} > {@code item} is enabled when the menu opens. */
	public static boolean isEnabled(String menu, String item) {
		return item(menu, item).isEnabled();
	}

	/** The menu item, its menu shown first so the workbench brings its state up to date. */
	public static MenuItem item(String menu, String item) {
		Menu bar = shell().getMenuBar();
		for (MenuItem top : bar.getItems()) {
			if (label(top).equals(menu)) {
				Menu submenu = top.getMenu();
				submenu.notifyListeners(SWT.Show, new Event());
				try {
					for (MenuItem candidate : submenu.getItems()) {
						if (label(candidate).startsWith(item)) {
							return candidate;
						}
					}
				} finally {
					submenu.notifyListeners(SWT.Hide, new Event());
				}
				throw new AssertionError("No " + item + " in " + menu + ": " + labels(submenu));
			}
		}
		throw new AssertionError("No menu " + menu + " in the menu bar: " + labels(bar));
	}

	/** The text of the part's tab, "*" first while it has unsaved changes; empty when no tab shows it. */
	public static String tabText(IWorkbenchPart part) {
		for (CTabItem tab : tabs(shell())) {
			String text = tab.getText();
			if ((text.startsWith("*") ? text.substring(1) : text).equals(part.getTitle())) {
				return text;
			}
		}
		return "";
	}

	private static List<CTabItem> tabs(Composite parent) {
		List<CTabItem> tabs = new ArrayList<>();
		if (parent instanceof CTabFolder folder) {
			tabs.addAll(List.of(folder.getItems()));
		}
		for (Control child : parent.getChildren()) {
			if (child instanceof Composite composite) {
				tabs.addAll(tabs(composite));
			}
		}
		return tabs;
	}

	/** A menu item's label as a person reads it: no mnemonic, no accelerator. */
	static String label(MenuItem item) {
		String text = item.getText().replace("&", "");
		int tab = text.indexOf('\t');
		return tab < 0 ? text : text.substring(0, tab);
	}

	private static List<String> labels(Menu menu) {
		return List.of(menu.getItems()).stream().map(Workbench::label).toList();
	}
}
