package io.parley.core.kinds;

import java.nio.file.Path;
import java.util.List;

import io.parley.model.validation.Diagnostic;

/**
 * Checks one document file; contributed per kind through {@code io.parley.core.documentKinds}.
 * Runs off the UI thread and must report bad input as diagnostics rather than throw.
 */
public interface DocumentValidator {

	List<Diagnostic> validate(Path file);
}
