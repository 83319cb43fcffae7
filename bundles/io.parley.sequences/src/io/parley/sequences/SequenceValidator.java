package io.parley.sequences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.JsonLocations;
import io.parley.model.files.TextFiles;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleScope;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.plan.SequencePlan;

/**
 * Checks a sequence document: it must be JSON of the sequence schema, and follow every rule of the
 * rule set's {@code sequence} scope, each run by the check it names. Never throws for bad input.
 */
public final class SequenceValidator {

	/** The scope of the rules that check sequences. */
	public static final RuleScope SCOPE = RuleScope.of("sequence");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RuleSet ruleSet;

	public SequenceValidator(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	public List<Diagnostic> validate(Path file) {
		try {
			return validate(file, TextFiles.readUtf8(file));
		} catch (TextFiles.NotUtf8Exception e) {
			return List.of(Diagnostic.atPosition("file.unreadable", Severity.ERROR, "This file " + e.getMessage(), e.line(), e.column()));
		} catch (IOException e) {
			return List.of(Diagnostic.atPosition("file.unreadable", Severity.ERROR, "Cannot read the file: " + e.getMessage(), 0, 0));
		}
	}

	/** Checks {@code text} as the content of {@code file}, saved or not; the file's folder holds the files it names. */
	public List<Diagnostic> validate(Path file, String text) {
		try {
			return located(text, check(file, text));
		} catch (RuntimeException e) {
			return List.of(Diagnostic.atPosition("file.unchecked", Severity.ERROR, "Parley could not check this file: " + e, 0, 0));
		}
	}

	private List<Diagnostic> check(Path file, String text) {
		JsonNode root;
		try {
			root = SequenceDocument.parse(text);
		} catch (JsonProcessingException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
			int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
			return List.of(Diagnostic.atPosition("file.syntax", Severity.ERROR, "Not valid JSON at line " + line + ", column " + column + ": "
					+ e.getOriginalMessage(), line, column));
		}
		Optional<Diagnostic> notSequence = SequenceDocument.schemaProblem(root);
		if (notSequence.isPresent()) {
			return List.of(notSequence.get());
		}
		SequenceReader reader = new SequenceReader();
		Sequence sequence = reader.read(root);
		List<Diagnostic> found = new ArrayList<>(reader.problems());
		Path folder = file.toAbsolutePath().getParent();
		Optional<SequencePlan>[] plan = new Optional[1];
		SequenceContext context = new SequenceContext(sequence, ruleSet, folder, () -> {
			if (plan[0] == null) {
				plan[0] = SequenceDocument.plan(sequence, folder, ruleSet);
			}
			return plan[0];
		});
		for (Rule rule : ruleSet.rulesIn(SCOPE)) {
			Optional<SequenceCheck> check = SequenceChecks.byName(rule.check());
			if (check.isEmpty()) {
				found.add(Diagnostic.atField("file.unchecked", Severity.WARNING, "Rule " + rule.id() + " names the check \"" + rule.check()
						+ "\", which this version of Parley does not have", ""));
				continue;
			}
			check.get().check(rule, context);
		}
		found.addAll(context.found());
		return found;
	}

	private static List<Diagnostic> located(String text, List<Diagnostic> diagnostics) {
		if (diagnostics.stream().allMatch(d -> d.line() > 0 || d.path().isEmpty())) {
			return diagnostics;
		}
		JsonLocations locations = JsonLocations.of(text);
		return diagnostics.stream().map(d -> d.line() > 0 ? d : new Diagnostic(d.ruleId(), d.severity(), d.message(), d.path(), d.start(),
				d.end(), locations.lineOf(d.path()), locations.columnOf(d.path()))).toList();
	}
}
