package io.parley.core.kinds;

import java.nio.file.Path;
import java.util.List;

import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;

/**
 * Checks one document file; contributed per kind through {@code io.parley.core.documentKinds}.
 * Runs off the UI thread and must report bad input as diagnostics rather than throw.
 */
public interface DocumentValidator {

	List<Diagnostic> validate(Path file);

	/**
	 * Checks {@code content}, the unsaved text of {@code file} in an editor. A validator that only
	 * reads files keeps this default, so its diagnostics follow the saved file until the next save.
	 */
	default List<Diagnostic> validate(Path file, String content) {
		return validate(file);
	}

	/**
	 * Checks {@code file} against {@code ruleSet}, the set a person chose for this check ({@code parley
	 * validate --rule-set}, an export) rather than the one the preferences name. A validator that uses
	 * no rules keeps this default.
	 */
	default List<Diagnostic> validate(Path file, RuleSet ruleSet) {
		return validate(file);
	}

	/**
	 * The files beside {@code file} that its checks read, such as the templates a sequence names: the
	 * validation builder checks {@code file} again whenever one of them changes, appears or goes. A
	 * validator whose checks read no other file keeps this default. Must not throw for bad input.
	 */
	default List<Path> references(Path file) {
		return List.of();
	}
}
