package io.parley.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowAnalysis;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.Expansion;
import io.parley.model.text.MacroValues;
import io.parley.model.text.TextFacts;

/**
 * One document being checked: its tree, format, rule set, macro worst case, the file it came from
 * (absent for a document not saved yet), and the findings so far.
 */
public final class CheckContext {

	private final JsonNode root;
	private final MessageFormat format;
	private final RuleSet ruleSet;
	private final MacroValues macroValues;
	private final Path file;
	private static final Map<String, String[]> PATTERNS = new ConcurrentHashMap<>();

	/** The fields of one pattern, and those of them that hold text, which most checks want. */
	private record PatternFields(List<Field> all, List<Field> texts) {
	}

	/** One text field's facts, and its length after macro expansion once a length rule asks. */
	private static final class Text {
		final TextFacts facts;
		Expansion expansion;

		Text(TextFacts facts) {
			this.facts = facts;
		}
	}

	private static final PatternFields NO_FIELDS = new PatternFields(List.of(), List.of());

	private final List<Diagnostic> found = new ArrayList<>();
	private final Map<String, PatternFields> fields = new HashMap<>();
	private final Map<String, Text> texts = new HashMap<>();
	private FlowAnalysis analysis;
	private ConversationFlow flow;

	public CheckContext(JsonNode root, MessageFormat format, RuleSet ruleSet, MacroValues macroValues) {
		this(root, format, ruleSet, macroValues, null);
	}

	public CheckContext(JsonNode root, MessageFormat format, RuleSet ruleSet, MacroValues macroValues, Path file) {
		this.root = root;
		this.format = format;
		this.ruleSet = ruleSet;
		this.macroValues = macroValues;
		this.file = file == null ? null : file.toAbsolutePath();
	}

	/** The document's file, for rules that look at files it names (a banner image, a prospect list). */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** A file the document names, relative to the document's folder; empty for an unsaved document. */
	public Optional<Path> resolve(String relative) {
		return file().map(f -> f.getParent().resolve(relative));
	}

	/** The prospect list of the campaign's audience, when the document is a campaign that has one. */
	public Optional<Path> campaignProspects() {
		return file().flatMap(f -> AttachedProspects.ofCampaign(root, f.getParent()));
	}

	/**
	 * The kind of account that sends the document ({@code FREE}, {@code PREMIUM}...): its own
	 * {@code senderAccount}, else that of a campaign beside it that sends it; "" when none says.
	 */
	public String senderAccount() {
		String own = root.path("senderAccount").asText("");
		if (!own.isEmpty() || file == null) {
			return own;
		}
		return AttachedProspects.campaignSending(file).map(campaign -> campaign.path("senderAccount").asText("")).orElse("");
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

	/**
	 * The fields a pointer pattern names that exist in the document ({@code *}: every array item).
	 * Found once per pattern: several rules check the same fields, and validating a Message Ad must
	 * stay around a microsecond.
	 */
	public List<Field> fields(String pattern) {
		return lookUp(pattern).all();
	}

	/** The fields of {@link #fields(String)} that hold text: what length, emoji, link and markup rules check. */
	public List<Field> textFields(String pattern) {
		return lookUp(pattern).texts();
	}

	private PatternFields lookUp(String pattern) {
		PatternFields known = fields.get(pattern);
		if (known == null) {
			List<Field> all = new ArrayList<>(2);
			collect(root, pattern, null, PATTERNS.computeIfAbsent(pattern, p -> p.substring(1).split("/")), 0, all);
			known = all.isEmpty() ? NO_FIELDS : new PatternFields(all, texts(all));
			fields.put(pattern, known);
		}
		return known;
	}

	private static List<Field> texts(List<Field> fields) {
		List<Field> texts = new ArrayList<>(fields.size());
		for (Field field : fields) {
			if (field.value().isTextual()) {
				texts.add(field);
			}
		}
		return texts;
	}

	/** The text facts of a field, found once however many rules ask. */
	public TextFacts facts(Field field) {
		return text(field).facts;
	}

	/** The field's length after its macros take this document's worst-case values, found once for all length rules. */
	public Expansion expansion(Field field) {
		Text text = text(field);
		if (text.expansion == null) {
			text.expansion = new Expansion(text.facts, macroValues);
		}
		return text.expansion;
	}

	private Text text(Field field) {
		Text text = texts.get(field.pointer());
		if (text == null) {
			text = new Text(TextFacts.of(field.text()));
			texts.put(field.pointer(), text);
		}
		return text;
	}

	/**
	 * @param pointer the pointer of {@code node}, or null while it is the pattern's own first {@code depth}
	 *                segments: a field no array lies on the way to is then at the pattern itself, and no
	 *                pointer string needs building
	 */
	private static void collect(JsonNode node, String pattern, String pointer, String[] parts, int depth, List<Field> into) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return;
		}
		if (depth == parts.length) {
			into.add(new Field(pointer == null ? pattern : pointer, node));
			return;
		}
		// A list where one object is expected (two calls to action) has each item checked, at its own pointer.
		if ("*".equals(parts[depth]) || node.isArray() && !isIndex(parts[depth])) {
			int next = "*".equals(parts[depth]) ? depth + 1 : depth;
			String here = pointer != null ? pointer : depth == 0 ? "" : "/" + String.join("/", Arrays.copyOf(parts, depth));
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), pattern, here + "/" + i, parts, next, into);
			}
		} else {
			collect(node.get(parts[depth]), pattern, pointer == null ? null : pointer + "/" + parts[depth], parts, depth + 1, into);
		}
	}

	private static boolean isIndex(String segment) {
		return segment.chars().allMatch(Character::isDigit);
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

	/** A check that broke on this document is reported, not thrown: validation must go on for the other rules. */
	void reportFailure(Rule rule, RuntimeException failure) {
		found.add(new Diagnostic(rule.id(), Severity.WARNING, "Rule " + rule.id() + " could not be checked: " + failure,
				"", -1, -1, 0, 0));
	}

	public List<Diagnostic> diagnostics() {
		return found;
	}
}
