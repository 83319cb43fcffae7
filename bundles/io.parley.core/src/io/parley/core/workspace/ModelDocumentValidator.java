package io.parley.core.workspace;

import java.nio.file.Path;
import java.util.List;

import io.parley.core.kinds.DocumentValidator;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * The built-in kinds' validator: the model's own checks of a file, with the rule set the
 * preferences name and the rules plugins contribute.
 */
public final class ModelDocumentValidator implements DocumentValidator {

	@Override
	public List<Diagnostic> validate(Path file) {
		return new FileValidator(ActiveRuleSet.get()).validate(file);
	}

	@Override
	public List<Diagnostic> validate(Path file, String content) {
		return new FileValidator(ActiveRuleSet.get()).validate(file, content);
	}

	@Override
	public List<Diagnostic> validate(Path file, RuleSet ruleSet) {
		return new FileValidator(ruleSet).validate(file);
	}
}
