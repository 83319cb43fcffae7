package io.parley.model.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.ProspectFormat;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.Severity;

/**
 * A prospect list must read to its end as every command reads it ({@link ProspectList}): a row it
 * cannot read is an error with its line, here and in each check that reads the list. A list read in
 * a way a person may not expect (not UTF-8, notes above the header, blank rows) says how it was read. Which columns
 * it needs depends on the messages sent to it, so its audience's check says that.
 */
final class ProspectListCheck {

	private ProspectListCheck() {
	}

	/**
	 * The list's problems, and how it was read when that is not what a person expects. What is not a
	 * problem, how many people were read (and, when a row stops the reading, how many before it), is
	 * told to {@code reading}, as the command line prints it.
	 */
	static List<Diagnostic> validate(Path file, Consumer<String> reading) {
		List<Diagnostic> found = new ArrayList<>();
		long[] people = { 0 };
		try (ProspectList list = ProspectList.open(file)) {
			readToTheEnd(list, people);
			String summary = String.format(Locale.ROOT, "%s: %,d %s, %s%s", file.getFileName(), people[0],
					people[0] == 1 ? "prospect" : "prospects", list.format().description(), list.blankLines() == 0 ? ""
							: String.format(Locale.ROOT, "; %,d blank %s skipped", list.blankLines(), list.blankLines() == 1 ? "row" : "rows"));
			if (list.format().notUtf8() || list.format().headerLine() > 1 || list.blankLines() > 0) {
				found.add(Diagnostic.atPosition("prospects.read-as", Severity.INFO, summary, list.format().headerLine(), 0));
			} else {
				reading.accept(summary);
			}
		} catch (DocumentReadException e) {
			found.add(Diagnostic.atPosition("prospects.read", Severity.ERROR, e.problem(), e.line(), 0));
			reading.accept(String.format(Locale.ROOT, "%s: %,d %s read before %s, where the reading stopped", file.getFileName(),
					people[0], people[0] == 1 ? "prospect" : "prospects", e.line() > 0 ? (ProspectFormat.isWorkbook(file) ? "row "
							: "line ") + e.line() : "the problem"));
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
			readToTheEnd(list, new long[1]);
			return Optional.empty();
		} catch (DocumentReadException e) {
			return Optional.of(source.file().getFileName() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.problem());
		}
	}

	/** Reads every row, counting the people read in {@code people[0]} as it goes. */
	private static void readToTheEnd(ProspectList list, long[] people) throws IOException {
		try {
			for (; list.hasNext(); list.next()) {
				people[0]++;
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
