package io.parley.core.headless;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.parley.core.extensions.InvalidContributionException;

/**
 * {@code parley NAME ARGS...} for a command a plugin contributes: the launcher hands every command it
 * does not know itself to this application, which runs the contribution of that name.
 */
public final class CommandApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = HeadlessArguments.of(context);
		return UnexpectedFailure.reported(args.length == 0 ? "" : args[0], System.err, () -> run(args, System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		String name = args.length == 0 ? "" : args[0];
		Optional<CommandRegistry.Descriptor> command = CommandRegistry.getDefault().byName(name);
		if (command.isEmpty()) {
			err.println("parley: unknown command '" + name + "'" + available());
			return 2;
		}
		try {
			return command.get().command().get().run(Arrays.copyOfRange(args, 1, args.length), out, err);
		} catch (InvalidContributionException e) {
			err.println("parley " + name + ": the plugin's command cannot start: " + e.getMessage());
			return 1;
		}
	}

	private static String available() {
		StringBuilder list = new StringBuilder();
		CommandRegistry.getDefault().commands().forEach(c -> list.append("\n  ").append(String.format("%-10s %s", c.name(), c.description())));
		return list.isEmpty() ? "" : "; commands that plugins add:" + list;
	}

	@Override
	public void stop() {
		// a command runs to completion; the JVM's exit ends it
	}
}
