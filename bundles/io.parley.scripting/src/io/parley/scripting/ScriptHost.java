package io.parley.scripting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

import io.parley.model.rules.RuleSet;
import io.parley.model.rules.RuleSets;

/**
 * Runs automation scripts on GraalJS in a sandbox: a script sees the {@code parley} and
 * {@code console} objects and nothing of Java (no class lookup, no host reflection, no file or
 * network access of its own), is stopped by its time limit or a cancel, and writes files only
 * through the API, which commits them when the script finishes. One engine serves every run.
 */
public final class ScriptHost {

	private static final String PRELUDE = "/js/prelude.js";

	private final Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "Parley script watchdog");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicReference<Context> running = new AtomicReference<>();
	private final Source prelude;

	public ScriptHost() throws IOException {
		try (InputStream in = ScriptHost.class.getResourceAsStream(PRELUDE)) {
			prelude = Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), "parley-prelude.js").build();
		}
	}

	public ScriptResult run(ScriptRun run) throws IOException {
		return run(run, RuleSets.defaultSet());
	}

	public ScriptResult run(ScriptRun run, RuleSet ruleSet) throws IOException {
		WorkspaceFiles files = new WorkspaceFiles(run.workspace());
		ParleyHost host = new ParleyHost(run, files, ruleSet);
		Context context = sandbox();
		try {
			running.set(context);
			AtomicBoolean timedOut = new AtomicBoolean();
			ScheduledFuture<?> limit = watchdog.schedule(() -> {
				timedOut.set(true);
				context.close(true);
			}, run.timeout().toMillis(), TimeUnit.MILLISECONDS);
			try {
				context.getBindings("js").putMember("__parleyHost", host);
				context.eval(prelude);
				context.eval(Source.newBuilder("js", Files.readString(run.script()), run.script().getFileName().toString()).build());
				host.finishProgress();
				files.commit();
				return ScriptResult.finished();
			} catch (PolyglotException e) {
				host.finishProgress();
				return failure(e, timedOut.get());
			} finally {
				limit.cancel(false);
				running.set(null);
			}
		} catch (IllegalStateException e) {
			return new ScriptResult(ScriptResult.Outcome.STOPPED, "The script was stopped");
		} finally {
			closeCancelled(context);
			files.discard();
		}
	}

	/** Closing a context that a time limit or cancel already closed reports the cancel again: it is done. */
	private static void closeCancelled(Context context) {
		try {
			context.close();
		} catch (PolyglotException | IllegalStateException e) {
			if (!(e instanceof PolyglotException polyglot) || !polyglot.isCancelled()) {
				throw e;
			}
		}
	}

	/** Stops the script that is running now, if any; its files are not written. */
	public void cancel() {
		Context context = running.get();
		if (context != null) {
			context.close(true);
		}
	}

	private Context sandbox() {
		return Context.newBuilder("js").engine(engine).allowHostAccess(HostAccess.EXPLICIT)
				.allowHostClassLookup(name -> false).allowIO(IOAccess.NONE).allowCreateThread(false)
				.allowNativeAccess(false).allowCreateProcess(false).build();
	}

	private static ScriptResult failure(PolyglotException e, boolean timedOut) {
		if (e.isCancelled() || e.isInterrupted() || e.isResourceExhausted()) {
			return new ScriptResult(ScriptResult.Outcome.STOPPED, timedOut ? "The script ran past its time limit and was stopped"
					: "The script was stopped");
		}
		StringBuilder message = new StringBuilder(e.getMessage() == null ? "The script failed" : e.getMessage());
		for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
			if (frame.isGuestFrame() && frame.getSourceLocation() != null
					&& !"parley-prelude.js".equals(frame.getSourceLocation().getSource().getName())) {
				message.append("\n    at ").append(frame.getRootName() == null || frame.getRootName().isEmpty() ? "<script>" : frame.getRootName())
						.append(" (").append(frame.getSourceLocation().getSource().getName()).append(':')
						.append(frame.getSourceLocation().getStartLine()).append(':')
						.append(frame.getSourceLocation().getStartColumn()).append(')');
			}
		}
		return new ScriptResult(ScriptResult.Outcome.FAILED, message.toString());
	}
}
