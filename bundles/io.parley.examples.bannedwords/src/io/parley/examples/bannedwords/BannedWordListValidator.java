package io.parley.examples.bannedwords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.parley.core.kinds.DocumentValidator;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/** Warns about words listed twice, so a list stays short enough to review. */
public class BannedWordListValidator implements DocumentValidator {

	@Override
	public List<Diagnostic> validate(Path file) {
		try {
			List<Diagnostic> found = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (BannedWordList.Entry entry : BannedWordList.read(file).entries()) {
				if (!seen.add(entry.word())) {
					found.add(Diagnostic.atPosition("example.bannedWords.duplicate", Severity.WARNING,
							"\"" + entry.word() + "\" is listed twice", entry.line(), 1));
				}
			}
			return found;
		} catch (IOException e) {
			return List.of(Diagnostic.atPosition("example.bannedWords.unreadable", Severity.ERROR,
					"Cannot read the list: " + e.getMessage(), 0, 0));
		}
	}
}
