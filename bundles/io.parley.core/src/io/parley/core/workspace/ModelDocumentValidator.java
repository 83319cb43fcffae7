package io.parley.core.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.parley.core.kinds.RuleSetValidator;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/** The built-in kinds' validator: the model's own checks of a file. */
public final class ModelDocumentValidator extends RuleSetValidator {

	@Override
	protected List<Diagnostic> validate(Path file, Optional<String> content, RuleSet ruleSet) {
		FileValidator validator = new FileValidator(ruleSet);
		return content.map(text -> validator.validate(file, text)).orElseGet(() -> validator.validate(file));
	}
}
