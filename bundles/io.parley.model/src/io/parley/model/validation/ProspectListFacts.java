package io.parley.model.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.Macro;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.HiddenCharacters;
import io.parley.model.text.MacroValues;
import io.parley.model.text.MessageText;

/**
 * What one pass over a prospect list finds, for everything that needs more of it than its header:
 * how many people it has, the first row it cannot read, the longest value of each macro's column
 * (with the empty ones and the hidden characters) and the people each recipient rule of the rule set
 * refuses. It is kept until the list changes, so checking a campaign, its audience and its content
 * and then exporting its send list read a million rows once, not six times.
 */
public final class ProspectListFacts {

	private static final ProspectListCache KNOWN = new ProspectListCache();

	/** The people a recipient rule refuses: the first of them, and how many. */
	public record Refused(Prospect first, long people) {
	}

	private final long people;
	private final MacroValues longest;
	private final DocumentReadException badRow;
	private final Map<String, Refused> refusedByRule;

	private ProspectListFacts(long people, MacroValues longest, DocumentReadException badRow, Map<String, Refused> refusedByRule) {
		this.people = people;
		this.longest = longest;
		this.badRow = badRow;
		this.refusedByRule = refusedByRule;
	}

	/**
	 * The facts of {@code list} under {@code ruleSet}, read once for each version of the file. A list
	 * that cannot be read at all (gone, or the reading thread stopped) throws, and nothing is kept.
	 */
	public static ProspectListFacts of(ProspectSource list, RuleSet ruleSet) throws IOException {
		return KNOWN.facts(list, ruleSet);
	}

	/** The people of the list; of a list with a row that cannot be read, those above it. */
	public long people() {
		return people;
	}

	/** These facts, when every row can be read; else throws the first row that cannot, with its line. */
	public ProspectListFacts whole() throws DocumentReadException {
		if (badRow != null) {
			throw badRow;
		}
		return this;
	}

	/** Whether every row can be read; the other answers are about such a list only. */
	public boolean readable() {
		return badRow == null;
	}

	/** The first row that cannot be read, as "NAME.prospects.csv:LINE: what"; empty when all can. */
	public Optional<String> unreadableRow() {
		return Optional.ofNullable(badRow).map(e -> e.file().getFileName() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.problem());
	}

	/** The longest value of each macro; the rule set's maxima when a row cannot be read. */
	public MacroValues longestValues(RuleSet ruleSet) {
		return longest != null ? longest : MacroValues.assumedMaximum(ruleSet);
	}

	/** The people the recipient rule {@code rule} refuses; empty when it refuses no one. */
	public Optional<Refused> refusedBy(Rule rule) {
		return Optional.ofNullable(refusedByRule.get(rule.id()));
	}

	/** The one pass. */
	static ProspectListFacts read(ProspectSource source, RuleSet ruleSet) throws IOException {
		Path file = source.file();
		List<Macro> macros = List.copyOf(ruleSet.macros().values());
		List<RecipientRule> recipientRules = RecipientRule.allOf(ruleSet);
		Map<String, MacroValues.Value> longest = new HashMap<>();
		Map<String, Long> empty = new HashMap<>();
		Map<String, MacroValues.Hidden> hidden = new HashMap<>();
		Map<String, Refused> refused = new LinkedHashMap<>();
		long people = 0;
		try (ProspectList list = source.open()) {
			while (list.hasNext()) {
				Prospect prospect = list.next();
				people++;
				for (Macro macro : macros) {
					measure(file, prospect, macro, longest, empty, hidden);
				}
				for (RecipientRule rule : recipientRules) {
					if (rule.refuses(prospect)) {
						refused.merge(rule.id(), new Refused(prospect, 1), (known, one) -> new Refused(known.first(), known.people() + 1));
					}
				}
			}
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof DocumentReadException badRow) {
				return new ProspectListFacts(people, null, badRow, Map.of());
			}
			throw e.getCause();
		}
		return new ProspectListFacts(people, MacroValues.longestOf(ruleSet, longest, empty, hidden, people), null, refused);
	}

	private static void measure(Path file, Prospect prospect, Macro macro, Map<String, MacroValues.Value> longest,
			Map<String, Long> empty, Map<String, MacroValues.Hidden> hidden) {
		String value = prospect.value(macro.column());
		if (value.isEmpty()) {
			empty.merge(macro.token(), 1L, Long::sum);
		}
		long row = prospect.row();
		HiddenCharacters.first(value).ifPresent(character -> hidden.merge(macro.token(), new MacroValues.Hidden(1,
				character + " in " + file.getFileName() + ", row " + row),
				(known, one) -> new MacroValues.Hidden(known.people() + 1, known.first())));
		int length = MessageText.length(value);
		MacroValues.Value current = longest.get(macro.token());
		if (current == null || length > current.length()) {
			longest.put(macro.token(), new MacroValues.Value(length, value, macro.token() + " = \"" + value
					+ "\" (" + file.getFileName() + ", row " + row + ")"));
		}
	}
}
