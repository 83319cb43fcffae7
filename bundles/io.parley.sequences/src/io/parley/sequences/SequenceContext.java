package io.parley.sequences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.plan.SequencePlan;

/** One sequence being checked: its steps, their branches, the rule set, its plan, and the findings so far. */
public final class SequenceContext {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Sequence sequence;
	private final SequenceGraph graph;
	private final RuleSet ruleSet;
	private final Path folder;
	private final Supplier<Optional<SequencePlan>> plan;
	private final List<Diagnostic> found = new ArrayList<>();

	/**
	 * @param folder the sequence's folder, where the files it names are; null for a sequence not saved
	 * @param plan   the sequence's plan, made when a rule first needs it; empty when the sequence names no people
	 */
	public SequenceContext(Sequence sequence, RuleSet ruleSet, Path folder, Supplier<Optional<SequencePlan>> plan) {
		this.sequence = sequence;
		this.graph = new SequenceGraph(sequence);
		this.ruleSet = ruleSet;
		this.folder = folder;
		this.plan = plan;
	}

	public Sequence sequence() {
		return sequence;
	}

	public SequenceGraph graph() {
		return graph;
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}

	public Optional<SequencePlan> plan() {
		return plan.get();
	}

	/** The message document a step sends, read; empty when the step names none or it cannot be read. */
	public Optional<JsonNode> message(Step step) {
		return step.messageFile().flatMap(this::file).filter(Files::isRegularFile).flatMap(file -> {
			try {
				return Optional.of(JSON.readTree(file.toFile()));
			} catch (IOException e) {
				return Optional.empty();
			}
		});
	}

	/** A file the sequence names, relative to its folder; empty for an unsaved sequence. */
	public Optional<Path> file(String relative) {
		return Optional.ofNullable(folder).map(f -> f.resolve(relative));
	}

	public void report(Rule rule, String message, String pointer) {
		found.add(Diagnostic.atField(rule.id(), rule.severity(), message, pointer));
	}

	public List<Diagnostic> found() {
		return List.copyOf(found);
	}
}
