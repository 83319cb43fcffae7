package io.parley.scripting;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run of a script: the script, the workspace it may read and write, its arguments, how long it
 * may take, where its console goes, and who shows its progress.
 */
public record ScriptRun(Path script, Path workspace, List<String> args, Duration timeout, PrintStream out,
		PrintStream err, Progress progress) {

	/** Shows how far a batch has got: a line on stderr for the command line, a job's monitor in the studio. */
	public interface Progress {

		void update(long done, long total);

		void finish();
	}

	/** A run whose progress is a line on {@code err}, as {@code parley run} shows it. */
	public ScriptRun(Path script, Path workspace, List<String> args, Duration timeout, PrintStream out, PrintStream err) {
		this(script, workspace, args, timeout, out, err, new ScriptProgress(err));
	}
}
