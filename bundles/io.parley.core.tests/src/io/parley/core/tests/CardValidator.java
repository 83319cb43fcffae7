package io.parley.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.parley.core.kinds.DocumentValidator;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/**
 * The example kind whose documents read another file: a card holds the name of a note beside it, and
 * the note it names must say something. It declares the note among its references, and counts its
 * checks per card so a test can see which cards the builder checked again.
 */
public class CardValidator implements DocumentValidator {

	static final Map<String, Integer> CHECKS = new ConcurrentHashMap<>();

	@Override
	public List<Diagnostic> validate(Path file) {
		CHECKS.merge(file.getFileName().toString(), 1, Integer::sum);
		try {
			Path note = note(file);
			return !Files.exists(note) || Files.readString(note).isBlank()
					? List.of(Diagnostic.atField("test.card.note", Severity.ERROR, "The note " + note.getFileName() + " says nothing", ""))
					: List.of();
		} catch (IOException e) {
			return List.of(Diagnostic.atField("test.card.unreadable", Severity.ERROR, e.getMessage(), ""));
		}
	}

	@Override
	public List<Path> references(Path file) {
		try {
			return List.of(note(file));
		} catch (IOException e) {
			return List.of();
		}
	}

	private static Path note(Path card) throws IOException {
		return card.resolveSibling(Files.readString(card).strip());
	}
}
