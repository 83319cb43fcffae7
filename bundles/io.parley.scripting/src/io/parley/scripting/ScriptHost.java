package io.parley.scripting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import io.parley.core.rules.ActiveRuleSet;
import io.parley.core.rules.RuleRegistry;
import io.parley.model.files.internal.StagedBatch;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;
import io.parley.scripting.ScriptFailure.StopReason;

/**
 * Runs automation scripts on GraalJS in a sandbox: a script sees the {@code parley} and
 * {@code console} objects and nothing of Java (no class lookup, no host reflection), reads only the
 * files of its workspace, is stopped by its time limit, its statement limit or a cancel from any
 * thread, and writes files only through the API, which commits them when the script finishes.
 * Every run gets a fresh context on the one shared engine; several runs may go on at once.
 */
public final class ScriptHost {

	/**
	 * Far beyond what a batch needs (a 100,000-message batch runs a few million statements): it stops
	 * a runaway script that the time limit would catch only much later.
	 */
	public static final long DEFAULT_STATEMENT_LIMIT = 10_000_000_000L;

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "Parley script watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private static final String NOTHING_WRITTEN = "The script wrote nothing, because a file it wrote failed: ";

	private final ResourceLimits limits;
	private final long memoryLimitBytes;
	private final Source prelude;
	private final Map<ScriptRun, Running> running = new IdentityHashMap<>();
	private final Set<ScriptRun> stopRequested = Collections.newSetFromMap(new IdentityHashMap<>());

	/** What a batch of a hundred thousand messages needs several times over; a runaway script stops long before swapping. */
	public static final long DEFAULT_MEMORY_LIMIT_MB = 1024;

	public ScriptHost() throws IOException {
		this(DEFAULT_STATEMENT_LIMIT);
	}

	public ScriptHost(long statementLimit) throws IOException {
		this(statementLimit, DEFAULT_MEMORY_LIMIT_MB);
	}

	/** @param memoryLimitMb how far the memory in use may grow while scripts run, in megabytes */
	public ScriptHost(long statementLimit, long memoryLimitMb) throws IOException {
		this.limits = ResourceLimits.newBuilder().statementLimit(statementLimit, null).build();
		this.memoryLimitBytes = memoryLimitMb * 1024 * 1024;
		try (InputStream in = ScriptHost.class.getResourceAsStream("/js/prelude.js")) {
			prelude = Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), ScriptFailure.PRELUDE_NAME)
					.build();
		}
	}

	/** Runs with the default rule set, with the rules and checks plugins add. */
	public ScriptResult run(ScriptRun run) throws IOException {
		return run(run, RuleRegistry.getDefault().catalog());
	}

	/**
	 * Runs with the default rule set of {@code catalog}, whose checks the script's documents are checked
	 * by, as the workspace's {@code parley.rules.json} makes it: the API's renderings, forecasts and
	 * calendars, and plugins' modules (which ask {@link ActiveRuleSet}), follow the workspace's rules.
	 */
	public ScriptResult run(ScriptRun run, RuleCatalog catalog) throws IOException {
		RuleSet rules = new FileValidator(catalog, catalog.defaultSet()).rulesFor(run.workspace().resolve("parley.rules.json"));
		try (WorkspaceFiles files = new WorkspaceFiles(run.workspace()); ActiveRuleSet.InForce inForce = ActiveRuleSet.inForce(rules)) {
			ParleyHost host = new ParleyHost(run, files, catalog, rules);
			Running running = new Running(sandbox(files.boundary()), Thread.currentThread());
			try {
				if (!register(run, running)) {
					return ScriptFailure.stopped(StopReason.CANCEL.message());
				}
				return execute(run, running, host, files);
			} finally {
				unregister(run);
				closeCancelled(running.context);
				// a stop that came as the run ended must not reach what this thread does next
				Thread.interrupted();
			}
		}
	}

	/** Stops {@code run} from any thread, even before it has started; its files are not written. */
	public void cancel(ScriptRun run) {
		stop(run, StopReason.CANCEL);
	}

	/**
	 * Stops {@code run} for {@code reason}: the script where it is, and a host call that goes
	 * through a long list where it is too. A run whose commit has begun finishes it.
	 */
	void stop(ScriptRun run, StopReason reason) {
		Running now;
		synchronized (running) {
			stopRequested.add(run);
			now = running.get(run);
		}
		if (now != null) {
			now.stop(reason);
		}
	}

	/** Stops every script this host is running now. */
	public void cancel() {
		Set<ScriptRun> now;
		synchronized (running) {
			now = Collections.newSetFromMap(new IdentityHashMap<>());
			now.addAll(running.keySet());
		}
		now.forEach(this::cancel);
	}

	private ScriptResult execute(ScriptRun run, Running running, ParleyHost host, WorkspaceFiles files) throws IOException {
		ScheduledFuture<?> timeLimit = WATCHDOG.schedule(() -> running.stop(StopReason.TIME_LIMIT), run.timeout().toMillis(),
				TimeUnit.MILLISECONDS);
		Context context = running.context;
		MemoryLimit.watch(running, memoryLimitBytes);
		try {
			context.getBindings("js").putMember("__parleyHost", host);
			context.eval(prelude);
			context.eval(ScriptSource.of(run.script(), files.boundary(), context));
			return running.commit(files);
		} catch (PolyglotException e) {
			if (running.stopped()) {
				return ScriptFailure.stopped(running.reason().message());
			}
			return ScriptFailure.of(e, running.reason(), files.boundary().root());
		} catch (IllegalStateException closedBeforeTheScriptStarted) {
			return ScriptFailure.stopped(running.reason().message());
		} finally {
			MemoryLimit.unwatch(running);
			timeLimit.cancel(false);
			host.finish();
		}
	}

	private boolean register(ScriptRun run, Running now) {
		synchronized (running) {
			running.put(run, now);
			return !stopRequested.contains(run);
		}
	}

	private void unregister(ScriptRun run) {
		synchronized (running) {
			running.remove(run);
			stopRequested.remove(run);
		}
	}

	/** Closing a context that a limit or a cancel already closed reports the cancel again: it is done. */
	private static void closeCancelled(Context context) {
		try {
			context.close();
		} catch (PolyglotException e) {
			if (!e.isCancelled() && !e.isResourceExhausted()) {
				throw e;
			}
		} catch (IllegalStateException alreadyClosed) {
			// closed by the watchdog or a cancel while the script ran, which is what closing means here
		}
	}

	/**
	 * A run under way: its context and the thread that runs it, which a stop interrupts so that a
	 * host call going through a long list ends too; once the commit has begun, a stop waits for it.
	 */
	private static final class Running implements MemoryLimit.Watched {

		private final Context context;
		private final Thread thread;
		private StopReason reason;
		private boolean committing;

		Running(Context context, Thread thread) {
			this.context = context;
			this.thread = thread;
		}

		void stop(StopReason why) {
			synchronized (this) {
				if (committing || reason != null) {
					return;
				}
				reason = why;
				thread.interrupt();
			}
			context.close(true);
		}

		@Override
		public void pastMemoryLimit() {
			stop(StopReason.MEMORY);
		}

		synchronized boolean stopped() {
			return reason != null;
		}

		synchronized StopReason reason() {
			return reason == null ? StopReason.CANCEL : reason;
		}

		/** All or nothing: a write that failed, even one the script caught, or a file that cannot go into place, fails the run. */
		ScriptResult commit(WorkspaceFiles files) throws IOException {
			synchronized (this) {
				if (reason != null) {
					return ScriptFailure.stopped(reason.message());
				}
				committing = true;
			}
			if (files.failedWrite().isPresent()) {
				return new ScriptResult(ScriptResult.Outcome.FAILED, NOTHING_WRITTEN + files.failedWrite().get());
			}
			try {
				files.commit();
			} catch (StagedBatch.StagingException e) {
				return new ScriptResult(ScriptResult.Outcome.FAILED, NOTHING_WRITTEN + e.getMessage());
			}
			return ScriptResult.finished();
		}
	}

	private Context sandbox(WorkspaceBoundary workspace) {
		return Context.newBuilder("js").engine(ScriptEngine.shared()).allowHostAccess(HostAccess.EXPLICIT)
				.allowHostClassLookup(name -> false).allowHostClassLoading(false)
				.allowIO(IOAccess.newBuilder().fileSystem(new WorkspaceFileSystem(workspace)).build())
				.allowCreateThread(false).allowNativeAccess(false).allowCreateProcess(false)
				.allowEnvironmentAccess(EnvironmentAccess.NONE).allowPolyglotAccess(PolyglotAccess.NONE)
				.resourceLimits(limits).build();
	}
}
