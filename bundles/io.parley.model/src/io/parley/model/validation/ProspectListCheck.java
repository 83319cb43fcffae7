package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.parley.model.files.ProspectList;

/**
 * A prospect list must be readable CSV. A header without the macro columns is only a warning here:
 * an audience may map the list's own columns to them, and its check says whether it does.
 */
final class ProspectListCheck {

	private ProspectListCheck() {
	}

	static List<Diagnostic> validate(Path file) {
		try (ProspectList list = ProspectList.open(file)) {
			return List.of();
		} catch (ProspectList.MissingColumns e) {
			return List.of(Diagnostic.atPosition("prospects.header", Severity.WARNING, e.getMessage(), 1, 1));
		} catch (IOException | RuntimeException e) {
			return List.of(Diagnostic.atPosition("prospects.header", Severity.ERROR, e.getMessage(), 1, 1));
		}
	}
}
