package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

import io.parley.core.kinds.DocumentValidator;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/** A script's syntax errors as problems, so the editor and the Problems view show them on save. */
public final class ScriptSyntaxValidator implements DocumentValidator {

	@Override
	public List<Diagnostic> validate(Path file) {
		try (Context context = Context.newBuilder("js").engine(ScriptEngine.shared()).build()) {
			ScriptSource.parsed(Source.newBuilder("js", Files.readString(file), file.getFileName().toString()), context);
			return List.of();
		} catch (PolyglotException e) {
			if (!e.isSyntaxError()) {
				return List.of();
			}
			SourceSection at = e.getSourceLocation();
			return List.of(Diagnostic.atPosition("script.syntax", Severity.ERROR, e.getMessage(),
					at == null ? 0 : at.getStartLine(), at == null ? 0 : at.getStartColumn()));
		} catch (IOException e) {
			return List.of(Diagnostic.atPosition("script.unreadable", Severity.ERROR, "Cannot read the script: " + e.getMessage(), 0, 0));
		}
	}
}
