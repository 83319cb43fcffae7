package io.parley.core.workspace;

import java.nio.file.Path;
import java.util.List;

import io.parley.core.kinds.DocumentValidator;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/** The built-in kinds' validator: the model's own checks of a file on disk. */
public final class ModelDocumentValidator implements DocumentValidator {

	private final FileValidator validator = new FileValidator();

	@Override
	public List<Diagnostic> validate(Path file) {
		return validator.validate(file);
	}
}
