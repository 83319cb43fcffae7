package io.parley.scripting;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One run of a script: the script, the workspace it may read and write, its arguments, how long it
 * may take, and where its console goes.
 */
public record ScriptRun(Path script, Path workspace, List<String> args, Duration timeout, PrintStream out,
		PrintStream err) {
}
