package io.parley.ui.application;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;

/** The studio window: size, status line with progress, Parley's menus, and the welcome page. */
final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final String WELCOME_AT_START = "io.parley.ui.help.welcomeAtStart";

	StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize());
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
	}

	/**
	 * The welcome page, on a workspace that has not dismissed it and whose editor area is empty. It
	 * comes from the guide's bundle, through its command; a product without that bundle has none.
	 */
	@Override
	public void postWindowOpen() {
		IHandlerService handlers = getWindowConfigurer().getWindow().getService(IHandlerService.class);
		try {
			handlers.executeCommand(WELCOME_AT_START, null);
		} catch (NotDefinedException | NotHandledException e) {
			// no welcome page in this product
		} catch (ExecutionException | NotEnabledException e) {
			ILog.of(getClass()).error("The welcome page did not open", e);
		}
	}

	/** 1280x860, or the screen's usable area where that is smaller (a 1024x768 screen), so no edge is off screen. */
	private static Point initialSize() {
		Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
		return new Point(Math.min(1280, screen.width), Math.min(860, screen.height));
	}
}
