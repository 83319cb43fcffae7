package io.parley.core.kinds;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.parley.core.rules.RuleRegistry;
import io.parley.model.cli.ValidatedKinds;
import io.parley.model.files.DocumentKind;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

/** Every kind contributed to {@code io.parley.core.documentKinds}, the built-in ones and plugins' alike, as the command line checks them. */
public final class ContributedKinds implements ValidatedKinds {

	private final DocumentKindRegistry registry;

	public ContributedKinds(DocumentKindRegistry registry) {
		this.registry = registry;
	}

	/** The model's rule sets and checks with every plugin's. */
	@Override
	public RuleCatalog catalog() {
		return RuleRegistry.getDefault().catalog();
	}

	/** A file of a kind that is checked: a kind without a validator (campaign results, which their campaign checks) is not. */
	@Override
	public boolean isDocument(String fileName) {
		return registry.forFileName(fileName).filter(DocumentKindDescriptor::isValidated).isPresent();
	}

	@Override
	public List<Diagnostic> validate(Path file, RuleSet ruleSet) {
		return registry.forFileName(file.getFileName().toString()).map(kind -> kind.validate(file, ruleSet)).orElse(List.of());
	}

	/** A prospect list of the model's own kind also says how many people it holds and how it was read. */
	@Override
	public List<Diagnostic> validate(Path file, RuleSet ruleSet, Consumer<String> reading) {
		return DocumentKind.ofFileName(file.getFileName().toString()).filter(DocumentKind.PROSPECTS::equals).isPresent()
				? new FileValidator(catalog(), ruleSet).validate(file, reading) : validate(file, ruleSet);
	}
}
