package io.parley.core.headless;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.parley.core.kinds.ContributedKinds;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.cli.ValidateCommand;

/** {@code parley validate}: the model's command on every contributed kind, started by the product's launcher. */
public final class ValidateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		return UnexpectedFailure.reported("validate", System.err, () -> ValidateCommand.run(HeadlessArguments.of(context),
				new ContributedKinds(DocumentKindRegistry.getDefault()), System.out, System.err));
	}

	@Override
	public void stop() {
		// a validation runs to completion; the JVM's exit ends it
	}
}
