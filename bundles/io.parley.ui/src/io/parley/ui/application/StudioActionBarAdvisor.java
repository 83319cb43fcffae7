package io.parley.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** File, Edit, Navigate, Project, Window and Help menus with the workbench's own actions, and a matching tool bar. */
final class StudioActionBarAdvisor extends ActionBarAdvisor {

	/** The Project menu's id, for menu contributions: menu:io.parley.ui.project?after=additions. */
	static final String PROJECT_MENU = "io.parley.ui.project";

	StudioActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.NEW_WIZARD_DROP_DOWN, ActionFactory.SAVE,
				ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.REVERT, ActionFactory.CLOSE,
				ActionFactory.CLOSE_ALL, ActionFactory.IMPORT, ActionFactory.EXPORT, ActionFactory.QUIT,
				ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.RESET_PERSPECTIVE,
				ActionFactory.ABOUT }) {
			register(factory.create(window));
		}
		register(new PreferencesAction(window));
	}

	private IContributionItem action(ActionFactory factory) {
		return new org.eclipse.jface.action.ActionContributionItem(getAction(factory.getId()));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new Separator());
		add(file, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL);
		file.add(new Separator());
		add(file, ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.REVERT);
		file.add(new Separator());
		add(file, ActionFactory.IMPORT, ActionFactory.EXPORT);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		add(file, ActionFactory.QUIT);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		menuBar.add(file);
		menuBar.add(editMenu());
		menuBar.add(navigateMenu());
		menuBar.add(projectMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu(window));
		menuBar.add(helpMenu());
	}

	/** The groups editors contribute to (e.g. the text editor's find actions go to find.ext). */
	private MenuManager editMenu() {
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		add(edit, ActionFactory.UNDO, ActionFactory.REDO);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		add(edit, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		add(edit, ActionFactory.DELETE, ActionFactory.SELECT_ALL);
		edit.add(new Separator());
		add(edit, ActionFactory.FIND);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		return edit;
	}

	private static MenuManager navigateMenu() {
		MenuManager navigate = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
		return navigate;
	}

	/** Filled from plugin.xml: Check All. */
	private static MenuManager projectMenu() {
		MenuManager project = new MenuManager("&Project", PROJECT_MENU);
		project.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		return project;
	}

	private MenuManager windowMenu(IWorkbenchWindow window) {

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		add(windowMenu, ActionFactory.RESET_PERSPECTIVE);
		windowMenu.add(new Separator());
		add(windowMenu, ActionFactory.PREFERENCES);
		return windowMenu;
	}

	private MenuManager helpMenu() {
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		add(help, ActionFactory.ABOUT);
		return help;
	}

	private void add(IMenuManager menu, ActionFactory... factories) {
		for (ActionFactory factory : factories) {
			menu.add(action(factory));
		}
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager tools = new ToolBarManager(coolBar.getStyle());
		tools.add(getAction(ActionFactory.NEW_WIZARD_DROP_DOWN.getId()));
		tools.add(getAction(ActionFactory.SAVE.getId()));
		tools.add(getAction(ActionFactory.UNDO.getId()));
		tools.add(getAction(ActionFactory.REDO.getId()));
		coolBar.add(tools);
	}
}
