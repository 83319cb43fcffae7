package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.Macro;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;
import io.parley.model.text.MessageText;

/**
 * The one pass over a prospect list finds what each check found by reading the list itself: the
 * count, the first row that cannot be read, the longest values and the people a recipient rule
 * refuses, on random lists with bad rows, blank rows, empty and hidden values.
 */
class ProspectListFactsTest {

	private static final RuleSet RULES = RuleCatalog.builtIn().defaultSet();
	private static final String[] VALUES = { "", " ", "Al", "Maximiliana", "Ng\u202E", "Élodie", "a\nb", "😀😀", "no", "0",
			"false", "1", "1st", "2nd", "yes" };

	@TempDir
	Path dir;

	@Test
	void onePassFindsWhatEachReadingOfTheListFound() throws IOException {
		Random random = new Random(18);
		for (int round = 0; round < 300; round++) {
			Path file = Files.writeString(dir.resolve("r" + round + ".prospects.csv"), randomList(random));
			ProspectSource list = new ProspectSource(file, ProspectColumns.AS_NAMED);
			ProspectListFacts facts = ProspectListFacts.of(list, RULES);
			Optional<String> badRow = ProspectListCheck.firstBadRow(list);
			assertEquals(badRow, facts.unreadableRow(), "round " + round);
			assertEquals(badRow.isEmpty(), facts.readable());
			if (badRow.isPresent()) {
				assertThrows(DocumentReadException.class, facts::whole);
				assertEquals(MacroValues.assumedMaximum(RULES).lengthOf("%FIRSTNAME%"), facts.longestValues(RULES).lengthOf("%FIRSTNAME%"));
				continue;
			}
			assertEquals(list.count(() -> false), facts.whole().people(), "round " + round);
			for (Macro macro : RULES.macros().values()) {
				assertEquals(longest(list, macro), facts.longestValues(RULES).lengthOf(macro.token()), macro.token() + ", round " + round);
			}
			for (Rule rule : RULES.rules()) {
				if (rule.check().equals(RecipientRule.CHECK)) {
					assertEquals(refused(list, rule), facts.refusedBy(rule).map(r -> r.first().row() + "+" + r.people()),
							rule.id() + ", round " + round);
				}
			}
		}
	}

	@Test
	void theListIsReadOnceForEachVersionOfTheFile() throws IOException {
		Path file = Files.writeString(dir.resolve("p.prospects.csv"), "firstName,lastName\nAl,B\n");
		ProspectSource list = new ProspectSource(file, ProspectColumns.AS_NAMED);
		ProspectListFacts first = ProspectListFacts.of(list, RULES);
		assertSame(first, ProspectListFacts.of(list, RULES), "the same version of the list is not read again");
		Files.writeString(file, "firstName,lastName\nAl,B\nBo,C\n");
		assertEquals(2, ProspectListFacts.of(list, RULES).people(), "an edited list is read afresh");
	}

	@Test
	void aListThatCannotBeReadAtAllIsNotRemembered() throws IOException {
		ProspectSource gone = new ProspectSource(dir.resolve("gone.prospects.csv"), ProspectColumns.AS_NAMED);
		assertThrows(IOException.class, () -> ProspectListFacts.of(gone, RULES));
		Files.writeString(gone.file(), "firstName\nAl\n");
		assertFalse(ProspectListFacts.of(gone, RULES).unreadableRow().isPresent());
		assertTrue(ProspectListFacts.of(gone, RULES).readable());
	}

	private static String randomList(Random random) {
		String[] header = { "firstName", "lastName", "jobTitle", "companyName", "industry", "acceptsInMail", "connectionDegree" };
		int columns = 1 + random.nextInt(header.length);
		StringBuilder csv = new StringBuilder(String.join(",", List.of(header).subList(0, columns))).append('\n');
		int rows = random.nextInt(40);
		for (int row = 0; row < rows; row++) {
			int values = random.nextInt(60) == 0 ? columns + 1 : 1 + random.nextInt(columns);
			for (int v = 0; v < values; v++) {
				String value = VALUES[random.nextInt(VALUES.length)];
				csv.append(v > 0 ? "," : "").append(value.contains("\n") || value.contains(",") ? "\"" + value + "\"" : value);
			}
			csv.append(random.nextInt(80) == 0 ? "\n\"open" : "").append('\n');
		}
		return csv.toString();
	}

	private static int longest(ProspectSource list, Macro macro) throws IOException {
		int longest = -1;
		try (ProspectList prospects = list.open()) {
			while (prospects.hasNext()) {
				longest = Math.max(longest, MessageText.length(prospects.next().value(macro.column())));
			}
		}
		return longest < 0 ? macro.maxLength() : longest;
	}

	/** The prospect column check as it read the list itself: "first row+how many". */
	private static Optional<String> refused(ProspectSource list, Rule rule) {
		String column = rule.textParam("column");
		List<String> allowed = rule.listParam("allowed").stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
		List<String> refused = rule.listParam("refused").stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
		Prospect first = null;
		long breaking = 0;
		try (ProspectList prospects = list.open()) {
			while (prospects.hasNext()) {
				Prospect prospect = prospects.next();
				String value = prospect.fields().containsKey(column) ? prospect.value(column).toLowerCase(Locale.ROOT) : null;
				if (value != null && (!allowed.isEmpty() && !allowed.contains(value) || refused.contains(value))) {
					first = first == null ? prospect : first;
					breaking++;
				}
			}
		} catch (IOException | UncheckedIOException e) {
			throw new AssertionError(e);
		}
		return first == null ? Optional.empty() : Optional.of(first.row() + "+" + breaking);
	}
}
