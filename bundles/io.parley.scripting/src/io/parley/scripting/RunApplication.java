package io.parley.scripting;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.parley.core.headless.HeadlessArguments;
import io.parley.core.headless.UnexpectedFailure;
import io.parley.core.workspace.StudioWorkspace;

/** The {@code io.parley.scripting.run} application behind {@code parley run}; see {@link RunCommand}. */
public final class RunApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		return UnexpectedFailure.reported("run", System.err,
				() -> new RunCommand(System.out, System.err, StudioWorkspace.byDefault()).run(HeadlessArguments.of(context)));
	}

	@Override
	public void stop() {
		// a run ends by finishing, failing or being cancelled; the launcher's exit follows
	}
}
