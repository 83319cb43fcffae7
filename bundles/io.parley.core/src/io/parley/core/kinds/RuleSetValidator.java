package io.parley.core.kinds;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;

/**
 * A kind's validator that checks with rules: the rule set the preferences name, with the rules
 * plugins add, on save and in editors; the set a person chose ({@code parley validate --rule-set},
 * an export) when one is given; either as a {@code parley.rules.json} beside the file adjusts it.
 * A kind says only how it checks a file, or an editor's unsaved text of it, with a rule set.
 */
public abstract class RuleSetValidator implements DocumentValidator {

	/** Checks {@code file}, or {@code content} as its unsaved text when there is one, against {@code ruleSet}. */
	protected abstract List<Diagnostic> validate(Path file, Optional<String> content, RuleSet ruleSet);

	@Override
	public final List<Diagnostic> validate(Path file) {
		return validate(file, Optional.empty(), ActiveRuleSet.forFile(file));
	}

	@Override
	public final List<Diagnostic> validate(Path file, String content) {
		return validate(file, Optional.of(content), ActiveRuleSet.forFile(file));
	}

	@Override
	public final List<Diagnostic> validate(Path file, RuleSet ruleSet) {
		return validate(file, Optional.empty(), ActiveRuleSet.forFile(file, ruleSet));
	}
}
