package io.parley.core.kinds;

import java.nio.file.Path;
import java.util.List;

import io.parley.model.cli.ValidatedKinds;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;

/** Every kind contributed to {@code io.parley.core.documentKinds}, the built-in ones and plugins' alike, as the command line checks them. */
public final class ContributedKinds implements ValidatedKinds {

	private final DocumentKindRegistry registry;

	public ContributedKinds(DocumentKindRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean isDocument(String fileName) {
		return registry.forFileName(fileName).isPresent();
	}

	@Override
	public List<Diagnostic> validate(Path file, RuleSet ruleSet) {
		return registry.forFileName(file.getFileName().toString()).map(kind -> kind.validate(file, ruleSet)).orElse(List.of());
	}
}
