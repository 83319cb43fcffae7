package io.parley.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.parley.core.kinds.DocumentValidator;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/** The example contribution's validator: a note must not be empty. */
public class NoteValidator implements DocumentValidator {

	@Override
	public List<Diagnostic> validate(Path file) {
		try {
			return Files.readString(file).isBlank()
					? List.of(Diagnostic.atField("test.note.empty", Severity.WARNING, "The note is empty", ""))
					: List.of();
		} catch (IOException e) {
			return List.of(Diagnostic.atField("test.note.unreadable", Severity.ERROR, e.getMessage(), ""));
		}
	}
}
