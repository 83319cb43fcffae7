package io.parley.sequences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.TextFiles;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.plan.Person;
import io.parley.sequences.plan.Planner;
import io.parley.sequences.plan.SequencePlan;

/** A sequence file read whole: its JSON, whether it is a sequence, the people it names and its first day. */
public final class SequenceDocument {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SequenceDocument() {
	}

	public static JsonNode parse(String text) throws JsonProcessingException {
		return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	/**
	 * Reads a sequence file.
	 *
	 * @throws IOException when it cannot be read, is not JSON, or is not a sequence, with what is wrong
	 */
	public static Sequence read(Path file) throws IOException {
		JsonNode root = parse(TextFiles.readUtf8(file));
		Optional<Diagnostic> problem = schemaProblem(root);
		if (problem.isPresent()) {
			throw new IOException(problem.get().message());
		}
		return new SequenceReader().read(root);
	}

	/** Why {@code root} is no sequence this version reads; empty when it is one. */
	public static Optional<Diagnostic> schemaProblem(JsonNode root) {
		if (root == null || !root.isObject()) {
			return Optional.of(Diagnostic.atField("file.notDocument", Severity.ERROR, "This is not a Parley document: a sequence file holds one JSON object", ""));
		}
		String schema = root.path("schema").asText("");
		if (!Sequence.SCHEMA.equals(schema)) {
			return Optional.of(Diagnostic.atField("file.schema", Severity.ERROR, schema.isEmpty() ? "Expected \"schema\": \"" + Sequence.SCHEMA + "\""
					: "This file is \"" + schema + "\"; this version of Parley reads \"" + Sequence.SCHEMA + "\" and leaves the file as it is", "/schema"));
		}
		return Optional.empty();
	}

	/** The people the sequence names: its prospect list, else its number of people; empty when it names neither. */
	public static Optional<List<Person>> people(Sequence sequence, Path folder) throws IOException {
		if (!sequence.prospects().isEmpty() && folder != null) {
			return Optional.of(Planner.listed(folder.resolve(sequence.prospects())));
		}
		return sequence.size() > 0 ? Optional.of(Planner.numbered(sequence.size())) : Optional.empty();
	}

	/** The files beside the sequence that its checks and its plan read: its prospect list, each step's template or flow and campaign. */
	public static List<Path> references(Sequence sequence, Path folder) {
		List<String> names = new ArrayList<>();
		names.add(sequence.prospects());
		for (Step step : sequence.steps()) {
			names.add(step.message());
			names.add(step.campaign());
		}
		return names.stream().filter(name -> !name.isEmpty()).distinct().map(folder::resolve).toList();
	}

	/** The sequence's first day, else {@code fallback}. */
	public static LocalDate start(Sequence sequence, LocalDate fallback) {
		try {
			return sequence.start().isEmpty() ? fallback : LocalDate.parse(sequence.start());
		} catch (DateTimeParseException e) {
			return fallback;
		}
	}

	/** The plan the checks judge: for the people the sequence names, from its first day or today; empty when it names no people or they cannot be read. */
	static Optional<SequencePlan> plan(Sequence sequence, Path folder, RuleSet ruleSet) {
		try {
			return people(sequence, folder).map(people -> new Planner(ruleSet).plan(sequence, people, start(sequence, LocalDate.now())));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
