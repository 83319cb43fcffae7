package io.parley.core.commands;

import java.io.PrintStream;

/**
 * A command of the {@code parley} launcher that a plugin contributes through
 * {@code io.parley.core.commands}: {@code parley NAME ARGS...} runs it headless, without the studio.
 * Exit status as Parley's own commands have it: 0 done, 1 problems found or the work failed,
 * 2 a usage error or input that cannot be read.
 */
public interface Command {

	int run(String[] args, PrintStream out, PrintStream err);
}
