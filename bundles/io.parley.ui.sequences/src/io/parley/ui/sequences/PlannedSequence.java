package io.parley.ui.sequences;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceDocument;
import io.parley.sequences.SequenceGraph;
import io.parley.sequences.SequencePath;
import io.parley.sequences.SequenceReader;
import io.parley.sequences.plan.Person;
import io.parley.sequences.plan.Planner;
import io.parley.sequences.plan.SequencePlan;

/**
 * The sequence an editor shows, with the plan {@code parley plan} would print for it: the same
 * people (its prospect list or size) from the same first day (its start, or today).
 *
 * @param plan      empty when the sequence names no people, or its list cannot be read ({@code why} says)
 */
record PlannedSequence(Sequence sequence, RuleSet ruleSet, Optional<SequencePlan> plan, String why) {

	/** The ways through the sequence, its main path first. */
	List<SequencePath> paths() {
		return new SequenceGraph(sequence).paths();
	}

	/** {@code root}, the content of {@code file} saved or not, with the rules of the file's workspace. */
	static PlannedSequence of(JsonNode root, Path file) {
		RuleSet ruleSet = ActiveRuleSet.forFile(file);
		Path folder = file.toAbsolutePath().getParent();
		Sequence sequence = new SequenceReader().read(root);
		try {
			Optional<List<Person>> people = SequenceDocument.people(sequence, folder);
			if (people.isEmpty()) {
				return new PlannedSequence(sequence, ruleSet, Optional.empty(), "Name a prospect list or a number of people to see the plan.");
			}
			SequencePlan plan = new Planner(ruleSet).plan(sequence, people.get(), SequenceDocument.start(sequence, LocalDate.now()));
			return new PlannedSequence(sequence, ruleSet, Optional.of(plan), "");
		} catch (IOException | RuntimeException e) {
			return new PlannedSequence(sequence, ruleSet, Optional.empty(), "The plan cannot be made: " + e.getMessage());
		}
	}
}
