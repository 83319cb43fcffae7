package io.parley.model.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;

/**
 * A prospect list must read to its end as every command reads it ({@link ProspectList}): a row it
 * cannot read is an error with its line, here and in each check that reads the list. A list read in
 * a way a person may not expect (not UTF-8, notes above the header, blank rows) says how it was read. Which columns
 * it needs depends on the messages sent to it, so its audience's check says that.
 */
final class ProspectListCheck {

	private ProspectListCheck() {
	}

	static List<Diagnostic> validate(Path file) {
		List<Diagnostic> found = new ArrayList<>();
		try (ProspectList list = ProspectList.open(file)) {
			long people = readToTheEnd(list);
			if (list.format().notUtf8() || list.format().headerLine() > 1 || list.blankLines() > 0) {
				found.add(Diagnostic.atPosition("prospects.read-as", Severity.INFO, String.format(Locale.ROOT,
						"%s: %,d %s, %s%s", file.getFileName(), people, people == 1 ? "prospect" : "prospects",
						list.format().description(), list.blankLines() == 0 ? "" : String.format(Locale.ROOT,
								"; %,d blank %s skipped", list.blankLines(), list.blankLines() == 1 ? "row" : "rows")),
						list.format().headerLine(), 0));
			}
		} catch (DocumentReadException e) {
			found.add(Diagnostic.atPosition("prospects.read", Severity.ERROR, e.problem(), e.line(), 0));
		} catch (IOException | RuntimeException e) {
			found.add(Diagnostic.atPosition("prospects.read", Severity.ERROR, file.getFileName() + " cannot be read: "
					+ e.getMessage(), 0, 0));
		}
		return found;
	}

	/** The first row of the list that cannot be read, as "NAME.prospects.csv:LINE: what"; empty when all can. */
	static Optional<String> unreadable(ProspectSource source) {
		try {
			return firstBadRow(source);
		} catch (IOException | RuntimeException e) {
			return Optional.of(source.file().getFileName() + " cannot be read: " + e.getMessage());
		}
	}

	/**
	 * The first row whose content cannot be read, as {@link #unreadable}; a file that cannot be read
	 * at all (gone, or the reading thread stopped) throws instead, so that no one keeps that answer.
	 */
	static Optional<String> firstBadRow(ProspectSource source) throws IOException {
		try (ProspectList list = source.open()) {
			readToTheEnd(list);
			return Optional.empty();
		} catch (DocumentReadException e) {
			return Optional.of(source.file().getFileName() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.problem());
		}
	}

	/** The number of people read. */
	private static long readToTheEnd(ProspectList list) throws IOException {
		long people = 0;
		try {
			for (; list.hasNext(); list.next()) {
				people++;
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return people;
	}
}
