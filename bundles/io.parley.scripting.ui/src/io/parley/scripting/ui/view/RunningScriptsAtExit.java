package io.parley.scripting.ui.view;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Exit while scripts run: the studio asks first, and stops them while the workspace is still there,
 * so that each discards what it wrote, as Stop does. Left running, a script was cut off by the
 * shutdown halfway and logged that the workspace had gone.
 */
public final class RunningScriptsAtExit implements IWorkbenchListener {

	static final String TITLE = "Scripts Are Running";
	private static final long STOP_MILLIS = 15_000;
	private static boolean watching;

	/** Starts hearing the studio's exit, once a script first runs. */
	static synchronized void watch() {
		if (!watching && PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().addWorkbenchListener(new RunningScriptsAtExit());
			watching = true;
		}
	}

	@Override
	public boolean preShutdown(IWorkbench workbench, boolean forced) {
		Job[] running = Job.getJobManager().find(ScriptJob.FAMILY);
		if (running.length == 0) {
			return true;
		}
		if (!forced && !stopAgreed(workbench, running)) {
			return false;
		}
		for (Job script : running) {
			script.cancel();
		}
		for (Job script : running) {
			join(script);
		}
		return true;
	}

	@Override
	public void postShutdown(IWorkbench workbench) {
		// every script stopped before
	}

	private static boolean stopAgreed(IWorkbench workbench, Job[] running) {
		String names = Arrays.stream(running).map(job -> ((ScriptJob) job).scriptName()).collect(Collectors.joining(", "));
		String message = (running.length == 1 ? names + " is still running." : running.length + " scripts are still running: " + names + ".")
				+ "\n\nExiting stops " + (running.length == 1 ? "it" : "them") + ", and what " + (running.length == 1 ? "it has" : "they have")
				+ " written so far is discarded.";
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		return MessageDialog.open(MessageDialog.QUESTION, window == null ? null : window.getShell(), TITLE, message, 0, "Stop and Exit",
				"Cancel") == 0;
	}

	private static void join(Job script) {
		try {
			script.join(STOP_MILLIS, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
