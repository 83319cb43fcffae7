package io.parley.model.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.parley.model.files.DocumentKind;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

/**
 * The kinds of document {@code parley validate} checks: which file names are documents and how one
 * is checked against the chosen rule set. The product passes every contributed kind, plugins'
 * kinds among them; {@link #MODEL} is the model's own kinds, for the model without OSGi.
 */
public interface ValidatedKinds {

	/** The model's kinds, each checked by {@link FileValidator}. */
	ValidatedKinds MODEL = new ValidatedKinds() {

		@Override
		public RuleCatalog catalog() {
			return RuleCatalog.builtIn();
		}

		@Override
		public boolean isDocument(String fileName) {
			return DocumentKind.ofFileName(fileName).isPresent();
		}

		@Override
		public List<Diagnostic> validate(Path file, RuleSet ruleSet) {
			return new FileValidator(catalog(), ruleSet).validate(file);
		}

		@Override
		public List<Diagnostic> validate(Path file, RuleSet ruleSet, Consumer<String> reading) {
			return new FileValidator(catalog(), ruleSet).validate(file, reading);
		}
	};

	/** The rule sets {@code --rule-set} chooses from, with the checks their rules name. */
	RuleCatalog catalog();

	boolean isDocument(String fileName);

	/** The findings in {@code file}; never throws for bad input. */
	List<Diagnostic> validate(Path file, RuleSet ruleSet);

	/** {@link #validate(Path, RuleSet)}, telling {@code reading} how many people a prospect list holds and how it was read. */
	default List<Diagnostic> validate(Path file, RuleSet ruleSet, Consumer<String> reading) {
		return validate(file, ruleSet);
	}
}
