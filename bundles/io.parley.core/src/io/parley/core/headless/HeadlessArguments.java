package io.parley.core.headless;

import org.eclipse.equinox.app.IApplicationContext;

/** The command-line arguments the platform left for the application (after -data, -application, ...). */
public final class HeadlessArguments {

	private HeadlessArguments() {
	}

	public static String[] of(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return args instanceof String[] strings ? strings : new String[0];
	}
}
