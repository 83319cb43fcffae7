package io.parley.sequences.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.parley.core.kinds.RuleSetValidator;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.SequenceDocument;
import io.parley.sequences.SequenceValidator;

/** Checks sequence documents on save, in editors and on the command line, against the sequence rules of the rule set. */
public final class SequenceDocumentValidator extends RuleSetValidator {

	@Override
	protected List<Diagnostic> validate(Path file, Optional<String> content, RuleSet ruleSet) {
		SequenceValidator validator = new SequenceValidator(ruleSet);
		return content.map(text -> validator.validate(file, text)).orElseGet(() -> validator.validate(file));
	}

	/** A sequence's checks read the templates, flows and campaigns its steps name, and its prospect list. */
	@Override
	public List<Path> references(Path file) {
		try {
			return SequenceDocument.references(SequenceDocument.read(file), file.toAbsolutePath().getParent());
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
