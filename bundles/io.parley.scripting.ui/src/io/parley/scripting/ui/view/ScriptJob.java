package io.parley.scripting.ui.view;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

import io.parley.scripting.ScriptHost;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;

/**
 * Runs a script of the workspace in the background, its console in the Console view; cancelling the
 * job (the Stop button, or the Progress view) stops the script and discards what it wrote.
 */
public final class ScriptJob extends Job {

	public static final Object FAMILY = ScriptJob.class;
	private static final Duration TIME_LIMIT = Duration.ofMinutes(30);
	private static ScriptHost sharedHost;

	private final IFile script;
	private volatile ScriptHost host;
	private volatile ScriptRun run;
	private ScriptResult result;

	public ScriptJob(IFile script) {
		super("Running " + script.getName());
		this.script = script;
		setUser(true);
		RunningScriptsAtExit.watch();
	}

	/** The file name of the script this runs. */
	public String scriptName() {
		return script.getName();
	}

	/** One engine for every run in the studio: the first run pays for starting it. */
	private static synchronized ScriptHost host() throws IOException {
		if (sharedHost == null) {
			sharedHost = new ScriptHost();
		}
		return sharedHost;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask("Running " + script.getName(), IProgressMonitor.UNKNOWN);
		MessageConsole console = console();
		try (MessageConsoleStream out = console.newMessageStream(); MessageConsoleStream err = console.newMessageStream()) {
			host = host();
			run = new ScriptRun(script.getLocation().toFile().toPath(), script.getProject().getLocation().toFile().toPath(),
					List.of(), TIME_LIMIT, new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8), new MonitorProgress(monitor));
			result = host.run(run);
			if (!result.succeeded()) {
				err.println(result.message());
			}
			script.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (IOException | CoreException e) {
			return Status.error("Cannot run " + script.getName() + ": " + e.getMessage(), e);
		} finally {
			monitor.done();
		}
		return result.outcome() == ScriptResult.Outcome.STOPPED && monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	@Override
	protected void canceling() {
		ScriptHost running = host;
		ScriptRun mine = run;
		if (running != null && mine != null) {
			running.cancel(mine);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** A script's progress on the job's monitor, which the Progress view and the status line show. */
	private record MonitorProgress(IProgressMonitor monitor) implements ScriptRun.Progress {

		@Override
		public void update(long done, long total) {
			monitor.subTask(total > 0 ? done + " of " + total : Long.toString(done));
		}

		@Override
		public void finish() {
			monitor.subTask("");
		}
	}

	/** How the run ended, once the job is done. */
	public ScriptResult result() {
		return result;
	}

	private MessageConsole console() {
		String name = "Script " + script.getName();
		for (IConsole existing : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
			if (existing instanceof MessageConsole message && existing.getName().equals(name)) {
				message.clearConsole();
				show(message);
				return message;
			}
		}
		MessageConsole created = new MessageConsole(name, null);
		ConsolePlugin.getDefault().getConsoleManager().addConsoles(new IConsole[] { created });
		show(created);
		return created;
	}

	private static void show(MessageConsole console) {
		if (ScriptConsolePreferencePage.showsConsoleOnRun()) {
			ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
		}
	}
}
