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
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import io.parley.model.rules.RuleSet;
import io.parley.model.rules.RuleSets;
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

	private final ResourceLimits limits;
	private final Source prelude;
	private final Map<ScriptRun, Context> running = new IdentityHashMap<>();
	private final Set<ScriptRun> stopRequested = Collections.newSetFromMap(new IdentityHashMap<>());

	public ScriptHost() throws IOException {
		this(DEFAULT_STATEMENT_LIMIT);
	}

	public ScriptHost(long statementLimit) throws IOException {
		this.limits = ResourceLimits.newBuilder().statementLimit(statementLimit, null).build();
		try (InputStream in = ScriptHost.class.getResourceAsStream("/js/prelude.js")) {
			prelude = Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), ScriptFailure.PRELUDE_NAME)
					.build();
		}
	}

	public ScriptResult run(ScriptRun run) throws IOException {
		return run(run, RuleSets.defaultSet());
	}

	public ScriptResult run(ScriptRun run, RuleSet ruleSet) throws IOException {
		WorkspaceFiles files = new WorkspaceFiles(run.workspace());
		ParleyHost host = new ParleyHost(run, files, ruleSet);
		Context context = sandbox(files.boundary());
		try {
			if (!register(run, context)) {
				return ScriptFailure.stopped(StopReason.CANCEL.message());
			}
			return execute(run, context, host, files);
		} finally {
			unregister(run);
			closeCancelled(context);
			files.discard();
		}
	}

	/** Stops {@code run} from any thread, even before it has started; its files are not written. */
	public void cancel(ScriptRun run) {
		Context context;
		synchronized (running) {
			stopRequested.add(run);
			context = running.get(run);
		}
		if (context != null) {
			context.close(true);
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

	private ScriptResult execute(ScriptRun run, Context context, ParleyHost host, WorkspaceFiles files) throws IOException {
		AtomicReference<StopReason> stoppedBy = new AtomicReference<>(StopReason.CANCEL);
		ScheduledFuture<?> timeLimit = WATCHDOG.schedule(() -> {
			stoppedBy.set(StopReason.TIME_LIMIT);
			context.close(true);
		}, run.timeout().toMillis(), TimeUnit.MILLISECONDS);
		try {
			context.getBindings("js").putMember("__parleyHost", host);
			context.eval(prelude);
			context.eval(ScriptSource.of(run.script(), files.boundary(), context));
			files.commit();
			return ScriptResult.finished();
		} catch (PolyglotException e) {
			return ScriptFailure.of(e, stoppedBy.get(), files.boundary().root());
		} catch (IllegalStateException closedBeforeTheScriptStarted) {
			return ScriptFailure.stopped(stoppedBy.get().message());
		} finally {
			timeLimit.cancel(false);
			host.finish();
		}
	}

	private boolean register(ScriptRun run, Context context) {
		synchronized (running) {
			running.put(run, context);
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

	private Context sandbox(WorkspaceBoundary workspace) {
		return Context.newBuilder("js").engine(ScriptEngine.shared()).allowHostAccess(HostAccess.EXPLICIT)
				.allowHostClassLookup(name -> false).allowHostClassLoading(false)
				.allowIO(IOAccess.newBuilder().fileSystem(new WorkspaceFileSystem(workspace)).build())
				.allowCreateThread(false).allowNativeAccess(false).allowCreateProcess(false)
				.allowEnvironmentAccess(EnvironmentAccess.NONE).allowPolyglotAccess(PolyglotAccess.NONE)
				.resourceLimits(limits).build();
	}
}
