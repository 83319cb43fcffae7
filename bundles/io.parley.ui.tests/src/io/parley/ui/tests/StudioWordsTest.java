package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.preferences.ParleyPreferencePage;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/** The studio's own words: About, Preferences and the explorer's context menu say what Parley is and does. */
class StudioWordsTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Studio Words Test");
	}

	@Test
	void aboutSaysLinkedInsAndShowsAllItsTextAtItsOwnSize() {
		List<String> seen = new ArrayList<>();
		Dialogs.whenOpen(Dialogs.titled("About Parley"), dialog -> {
			UiWait.idle();
			StyledText text = Widgets.all(dialog, StyledText.class, t -> true).get(0);
			ScrolledComposite scroller = Widgets.all(dialog, ScrolledComposite.class, s -> true).get(0);
			seen.add(text.getText());
			seen.add(text.getParent().getSize().y + " <= " + scroller.getClientArea().height);
			try {
				Screenshots.save(dialog, "about");
			} catch (Exception e) {
				seen.add("no screenshot: " + e);
			}
			Widgets.click(Widgets.button(dialog, "Close"));
		});
		Menus.select("Help", "About Parley");
		assertEquals(2, seen.size(), "the About dialog opened: " + seen);
		assertTrue(seen.get(0).contains("LinkedIn\u2019s web interface"), seen.get(0));
		assertFalse(seen.get(0).contains("LinkedIns"), seen.get(0));
		String[] heights = seen.get(1).split(" <= ");
		assertTrue(Integer.parseInt(heights[0]) > 0, "the text is laid out: " + seen.get(1));
		assertTrue(Integer.parseInt(heights[0]) <= Integer.parseInt(heights[1]), "the whole text shows without scrolling: " + seen.get(1));
	}

	@Test
	void preferencesOpenOnParleysPageWithoutPagesParleyHasNoUseFor() {
		List<Object> seen = new ArrayList<>();
		Dialogs.whenOpen(shell -> shell.getData() instanceof PreferenceDialog, dialog -> {
			seen.add(((PreferenceDialog) dialog.getData()).getSelectedPage());
			for (TreeItem item : Widgets.all(dialog, Tree.class, t -> true).get(0).getItems()) {
				seen.add(item.getText());
			}
			Widgets.click(Widgets.button(dialog, "Cancel"));
		});
		Menus.select("Window", "Preferences");
		assertInstanceOf(ParleyPreferencePage.class, seen.get(0), "Preferences opens on Parley's page");
		List<Object> pages = seen.subList(1, seen.size());
		assertTrue(pages.contains("Parley"), "pages: " + pages);
		for (String unused : new String[] { "ANSI Support", "Team", "Compare/Patch" }) {
			assertFalse(pages.contains(unused), unused + " is not among the pages: " + pages);
		}
	}

	@Test
	void theExplorersMenuOnADocumentHasNoTeamCompareOrReplace() throws Exception {
		IFile template = project.getFile("webinar-invitation.template.json");
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(template));
		UiWait.idle();
		Menu menu = explorer.getCommonViewer().getTree().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			labels.add(item.getText().replace("&", ""));
		}
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Open")), "the menu is there: " + labels);
		for (String unused : new String[] { "Team", "Compare With", "Replace With" }) {
			assertFalse(labels.stream().anyMatch(l -> l.startsWith(unused)), unused + " is not in the menu: " + labels);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
