package io.parley.model.files;

import java.io.IOException;
import java.nio.file.Path;

/** A document that cannot be read, with where the problem is: {@code file:line:column: what}. */
public final class DocumentReadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String problem;

	public DocumentReadException(Path file, int line, int column, String problem) {
		super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** What is wrong, without the location. */
	public String problem() {
		return problem;
	}

	public Path file() {
		return file;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
