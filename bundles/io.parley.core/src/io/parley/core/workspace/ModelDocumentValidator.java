package io.parley.core.workspace;

import java.nio.file.Path;
import java.util.List;

import io.parley.core.kinds.DocumentValidator;
import io.parley.core.preferences.ParleyPreferences;
import io.parley.core.rules.RuleContributions;
import io.parley.model.rules.RuleSets;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * The built-in kinds' validator: the model's own checks of a file on disk, with the rule set the
 * preferences name and the rules plugins contribute.
 */
public final class ModelDocumentValidator implements DocumentValidator {

	@Override
	public List<Diagnostic> validate(Path file) {
		RuleContributions.load();
		String ruleSet = ParleyPreferences.get(ParleyPreferences.RULE_SET);
		return new FileValidator(RuleSets.byId(ruleSet).orElseGet(RuleSets::defaultSet)).validate(file);
	}
}
