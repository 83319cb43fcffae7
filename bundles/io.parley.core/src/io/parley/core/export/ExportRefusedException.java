package io.parley.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.parley.model.validation.Diagnostic;

/** A campaign with errors was not exported; the message lists why and how to force it. */
public final class ExportRefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient List<Diagnostic> errors;

	public ExportRefusedException(Path campaignFile, List<Diagnostic> errors) {
		super(campaignFile.getFileName() + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
				+ " and was not exported (use --force to export anyway):\n" + errors.stream()
						.map(d -> "  " + d.message() + " [" + d.ruleId() + "]").collect(Collectors.joining("\n")));
		this.errors = errors;
	}

	public List<Diagnostic> errors() {
		return errors;
	}
}
