package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.parley.model.files.ProspectList;

/** A prospect list must be readable CSV whose header names the macro columns. */
final class ProspectListCheck {

	private ProspectListCheck() {
	}

	static List<Diagnostic> validate(Path file) {
		try (ProspectList list = ProspectList.open(file)) {
			return List.of();
		} catch (IOException | RuntimeException e) {
			return List.of(Diagnostic.atPosition("prospects.header", Severity.ERROR, e.getMessage(), 1, 1));
		}
	}
}
