package io.parley.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowAnalysis;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;
import io.parley.model.text.TextFacts;

/** One document being checked: its tree, format, rule set, macro worst case, and the findings so far. */
public final class CheckContext {

	private final JsonNode root;
	private final MessageFormat format;
	private final RuleSet ruleSet;
	private final MacroValues macroValues;
	private static final Map<String, String[]> PATTERNS = new ConcurrentHashMap<>();

	private final List<Diagnostic> found = new ArrayList<>();
	private final Map<String, TextFacts> facts = new HashMap<>();
	private FlowAnalysis analysis;
	private ConversationFlow flow;

	public CheckContext(JsonNode root, MessageFormat format, RuleSet ruleSet, MacroValues macroValues) {
		this.root = root;
		this.format = format;
		this.ruleSet = ruleSet;
		this.macroValues = macroValues;
	}

	public JsonNode root() {
		return root;
	}

	public MessageFormat format() {
		return format;
	}

	public RuleSet ruleSet() {
		return ruleSet;
	}

	public MacroValues macroValues() {
		return macroValues;
	}

	/** The fields a pointer pattern names that exist in the document ({@code *}: every array item). */
	public List<Field> fields(String pattern) {
		List<Field> fields = new ArrayList<>();
		collect(root, "", PATTERNS.computeIfAbsent(pattern, p -> p.substring(1).split("/")), 0, fields);
		return fields;
	}

	/** The text facts of a field, found once however many rules ask. */
	public TextFacts facts(Field field) {
		return facts.computeIfAbsent(field.pointer(), pointer -> TextFacts.of(field.text()));
	}

	private static void collect(JsonNode node, String pointer, String[] parts, int depth, List<Field> into) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return;
		}
		if (depth == parts.length) {
			into.add(new Field(pointer, node));
			return;
		}
		if ("*".equals(parts[depth])) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), pointer + "/" + i, parts, depth + 1, into);
			}
		} else {
			collect(node.get(parts[depth]), pointer + "/" + parts[depth], parts, depth + 1, into);
		}
	}

	public ConversationFlow flow() {
		if (flow == null) {
			flow = ConversationFlow.of(root);
		}
		return flow;
	}

	public FlowAnalysis flowAnalysis() {
		if (analysis == null) {
			analysis = new FlowAnalysis(flow());
		}
		return analysis;
	}

	public void report(Rule rule, String message, String pointer) {
		report(rule, message, pointer, -1, -1);
	}

	public void report(Rule rule, String message, String pointer, int start, int end) {
		found.add(new Diagnostic(rule.id(), rule.severity(), message, pointer, start, end, 0, 0));
	}

	public List<Diagnostic> diagnostics() {
		return found;
	}
}
