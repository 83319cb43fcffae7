package io.parley.sequences.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.HostAccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.files.Prospect;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceDocument;
import io.parley.sequences.SequenceReader;
import io.parley.sequences.plan.Person;
import io.parley.sequences.plan.PlanReport;
import io.parley.sequences.plan.Planner;

/**
 * Scripts' {@code parley.sequence(fields)} and {@code parley.plan(request)}: a sequence document made
 * from plain objects, and its plan with the same figures as {@code parley plan}. Neither reads files:
 * a script passes the people it read with {@code parley.prospects}.
 */
public final class SequencesModule {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A new sequence: the kind's starting content with {@code fields} on top; throws for steps it cannot read. */
	@HostAccess.Export
	public String sequence(String fields) throws IOException {
		ObjectNode document = (ObjectNode) JSON.readTree(startingContent());
		JsonNode given = JSON.readTree(fields);
		if (given != null && given.isObject()) {
			document.setAll((ObjectNode) given);
		}
		document.put("schema", Sequence.SCHEMA);
		SequenceReader reader = new SequenceReader();
		reader.read(document);
		if (!reader.problems().isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", reader.problems().stream().map(Diagnostic::message).toList()));
		}
		return JSON.writeValueAsString(document);
	}

	/**
	 * {sequence, size | people: [{firstName, lastName, ...}], start?}: the plan as {@code parley plan
	 * --format json} prints it.
	 */
	@HostAccess.Export
	public String plan(String request) throws IOException {
		JsonNode ask = JSON.readTree(request);
		JsonNode sequenceNode = ask.path("sequence");
		SequenceDocument.schemaProblem(sequenceNode).ifPresent(problem -> {
			throw new IllegalArgumentException("parley.plan needs {sequence: parley.sequence(...)}: " + problem.message());
		});
		Sequence sequence = new SequenceReader().read(sequenceNode);
		List<Person> people = ask.has("people") ? people(ask.path("people")) : Planner.numbered(ask.path("size").asLong(sequence.size()));
		LocalDate start = ask.hasNonNull("start") ? LocalDate.parse(ask.get("start").asText()) : SequenceDocument.start(sequence, LocalDate.now());
		RuleSet ruleSet = ActiveRuleSet.get();
		return JSON.writeValueAsString(PlanReport.json(sequence, new Planner(ruleSet).plan(sequence, people, start), ruleSet));
	}

	private static List<Person> people(JsonNode rows) {
		List<Person> people = new ArrayList<>();
		long row = 0;
		for (JsonNode person : rows) {
			Map<String, String> fields = new LinkedHashMap<>();
			JsonNode values = person.has("fields") ? person.path("fields") : person;
			for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				fields.put(field.getKey(), field.getValue().asText(""));
			}
			row = person.path("row").asLong(row + 1);
			people.add(Planner.of(new Prospect(row, fields)));
		}
		return people;
	}

	private static byte[] startingContent() throws IOException {
		URL content = DocumentKindRegistry.getDefault().byId("sequence").flatMap(kind -> kind.initialContent())
				.orElseThrow(() -> new IOException("The sequence kind has no starting content"));
		try (InputStream in = content.openStream()) {
			return in.readAllBytes();
		}
	}
}
