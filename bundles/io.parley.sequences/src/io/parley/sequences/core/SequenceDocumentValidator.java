package io.parley.sequences.core;

import java.nio.file.Path;
import java.util.List;

import io.parley.core.kinds.DocumentValidator;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.SequenceValidator;

/** Checks sequence documents on save, in editors and on the command line, against the sequence rules of the rule set. */
public final class SequenceDocumentValidator implements DocumentValidator {

	@Override
	public List<Diagnostic> validate(Path file) {
		return new SequenceValidator(ActiveRuleSet.get()).validate(file);
	}

	@Override
	public List<Diagnostic> validate(Path file, String content) {
		return new SequenceValidator(ActiveRuleSet.get()).validate(file, content);
	}

	@Override
	public List<Diagnostic> validate(Path file, RuleSet ruleSet) {
		return new SequenceValidator(ruleSet).validate(file);
	}
}
