package io.parley.model.files;

import java.io.IOException;
import java.nio.file.Path;

/** A prospect list as an audience reads it: the file, and which of its columns fill the macros. */
public record ProspectSource(Path file, ProspectColumns columns) {

	public ProspectList open() throws IOException {
		return ProspectList.open(file, columns);
	}
}
