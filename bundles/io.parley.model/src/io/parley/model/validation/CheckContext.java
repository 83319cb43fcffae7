package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.files.ProspectSource;
import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowAnalysis;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.text.Expansion;
import io.parley.model.text.MacroValues;
import io.parley.model.text.TextFacts;

/**
 * One document being checked: its tree, format, the file it came from (absent for a document not
 * saved yet), its fields by pattern, and the findings so far. What the model's own checks also
 * reach (the rule set, text facts, the flow) is in {@link DocumentFacts}: those types are not API.
 */
public final class CheckContext {

	private final JsonNode root;
	private final MessageFormat format;
	private final RuleSet ruleSet;
	private final MacroValues macroValues;
	private final Path file;

	private static final long[] NO_PLACES = {};

	private final List<Diagnostic> found = new ArrayList<>();
	/**
	 * Where in the rule set's order each finding belongs: rule, then the position of the pattern in
	 * the rule, then the field. A plan runs the checks of several rules field by field, so findings
	 * arrive out of that order; see {@link #diagnosticsInOrder}.
	 */
	private long[] places = NO_PLACES;
	private long place;
	private boolean outOfOrder;
	private final FieldPatterns patterns;
	/** The fields of each pattern slot, found when a rule first asks. */
	private final List<Field>[] slots;
	/** The fields of each slot that hold text, once a check asks for them. */
	private List<Field>[] textSlots;
	/** Fields of patterns no rule of the plan names, which a check asked for by text. */
	private Map<String, List<Field>> unplanned;
	/**
	 * The buffer the scans of a thread's texts read through, kept from one document to the next:
	 * allocating and zeroing it for each document was a tenth of checking a Message Ad. Up to
	 * {@link #KEPT_SCRATCH} chars, so a huge text leaves no huge buffer behind.
	 */
	private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1024]);
	private static final int KEPT_SCRATCH = 1 << 16;
	private char[] scratch;
	private FlowAnalysis analysis;
	private ConversationFlow flow;

	/** @param patterns the slots of the rules' field patterns, given when the rules were prepared */
	CheckContext(JsonNode root, MessageFormat format, RuleSet ruleSet, MacroValues macroValues, Path file,
			FieldPatterns patterns) {
		this.root = root;
		this.format = format;
		this.ruleSet = ruleSet;
		this.macroValues = macroValues;
		this.file = file == null ? null : file.toAbsolutePath();
		this.patterns = patterns;
		this.slots = fieldLists(patterns.size());
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
	Optional<ProspectSource> campaignProspects() {
		return file().flatMap(f -> AttachedProspects.ofCampaign(root, f.getParent()));
	}

	/**
	 * What a pass over the campaign's prospect list found, when it has one whose every row can be
	 * read (the audience's check reports the others); one pass serves every rule of the campaign.
	 */
	Optional<ProspectListFacts> campaignProspectFacts() {
		return campaignProspects().flatMap(list -> {
			try {
				return Optional.of(ProspectListFacts.of(list, ruleSet)).filter(ProspectListFacts::readable);
			} catch (IOException | RuntimeException e) {
				return Optional.empty();
			}
		});
	}

	/** The kind of account that sends the document; see {@link SenderAccount}. */
	public String senderAccount() {
		return SenderAccount.of(root, file);
	}

	public JsonNode root() {
		return root;
	}

	public MessageFormat format() {
		return format;
	}

	RuleSet ruleSet() {
		return ruleSet;
	}

	MacroValues macroValues() {
		return macroValues;
	}

	/**
	 * The fields a pointer pattern names that exist in the document ({@code *}: every array item).
	 * Found once per pattern: several rules check the same fields, and validating a Message Ad must
	 * stay around a microsecond.
	 */
	public List<Field> fields(FieldPattern pattern) {
		int slot = pattern.slotIn(patterns);
		if (slot < 0) {
			return fields(pattern.text());
		}
		List<Field> known = slots[slot];
		if (known == null) {
			known = find(pattern);
			slots[slot] = known;
		}
		return known;
	}

	/** The fields of {@link #fields(FieldPattern)} that hold text: what length, emoji, link and markup rules check. */
	public List<Field> textFields(FieldPattern pattern) {
		int slot = pattern.slotIn(patterns);
		if (slot < 0) {
			return textsOf(fields(pattern.text()));
		}
		if (textSlots == null) {
			textSlots = fieldLists(slots.length);
		}
		if (textSlots[slot] == null) {
			textSlots[slot] = textsOf(fields(pattern));
		}
		return textSlots[slot];
	}

	/** The fields of a pattern given as text, for checks not prepared ({@link RuleCheck#prepare}). */
	public List<Field> fields(String pattern) {
		FieldPattern planned = patterns.find(pattern);
		if (planned != null) {
			return fields(planned);
		}
		if (unplanned == null) {
			unplanned = new HashMap<>();
		}
		return unplanned.computeIfAbsent(pattern, text -> find(new FieldPattern(text, null, -1)));
	}

	public List<Field> textFields(String pattern) {
		FieldPattern planned = patterns.find(pattern);
		return planned != null ? textFields(planned) : textsOf(fields(pattern));
	}

	@SuppressWarnings("unchecked")
	private static List<Field>[] fieldLists(int size) {
		return new List[size];
	}

	/**
	 * Most patterns name one field or none, and no array lies on their way: those are walked to
	 * directly, without a list to collect into.
	 */
	private List<Field> find(FieldPattern pattern) {
		String[] parts = pattern.segments();
		JsonNode node = root;
		for (int depth = 0; depth < parts.length; depth++) {
			if (node.isArray() || pattern.isEveryItem(depth)) {
				List<Field> all = new ArrayList<>(2);
				collect(root, pattern, null, 0, all);
				return all;
			}
			node = node.get(parts[depth]);
			if (node == null || node.isNull()) {
				return List.of();
			}
		}
		return node.isMissingNode() ? List.of() : List.of(new Field(pattern.text(), node));
	}

	/** The fields that hold text: the same list when all do, as a field mostly does. */
	private static List<Field> textsOf(List<Field> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (!fields.get(i).value().isTextual()) {
				List<Field> texts = new ArrayList<>(fields.subList(0, i));
				for (Field field : fields.subList(i + 1, fields.size())) {
					if (field.value().isTextual()) {
						texts.add(field);
					}
				}
				return texts;
			}
		}
		return fields;
	}

	/** The text facts of a field, found once however many rules ask. */
	TextFacts facts(Field field) {
		if (field.facts == null) {
			String text = field.text();
			if (scratch == null) {
				scratch = SCRATCH.get();
			}
			if (scratch.length < text.length()) {
				scratch = new char[text.length()];
				if (scratch.length <= KEPT_SCRATCH) {
					SCRATCH.set(scratch);
				}
			}
			field.facts = TextFacts.of(text, scratch);
		}
		return field.facts;
	}

	/** The field's length after its macros take this document's worst-case values, found once for all length rules. */
	Expansion expansion(Field field) {
		if (field.expansion == null) {
			field.expansion = new Expansion(facts(field), macroValues);
		}
		return field.expansion;
	}

	/**
	 * @param pointer the pointer of {@code node}, or null while it is the pattern's own first {@code depth}
	 *                segments: a field no array lies on the way to is then at the pattern itself, and no
	 *                pointer string needs building
	 */
	private static void collect(JsonNode node, FieldPattern pattern, String pointer, int depth, List<Field> into) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return;
		}
		String[] parts = pattern.segments();
		if (depth == parts.length) {
			into.add(new Field(pointer == null ? pattern.text() : pointer, node));
			return;
		}
		// A list where one object is expected (two calls to action) has each item checked, at its own pointer.
		if (pattern.isEveryItem(depth) || node.isArray() && !pattern.isIndex(depth)) {
			int next = pattern.isEveryItem(depth) ? depth + 1 : depth;
			String here = pointer != null ? pointer : depth == 0 ? "" : "/" + String.join("/", Arrays.copyOf(parts, depth));
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), pattern, here + "/" + i, next, into);
			}
		} else {
			collect(node.get(parts[depth]), pattern, pointer == null ? null : pointer + "/" + parts[depth], depth + 1, into);
		}
	}

	ConversationFlow flow() {
		if (flow == null) {
			flow = ConversationFlow.of(root);
		}
		return flow;
	}

	FlowAnalysis flowAnalysis() {
		if (analysis == null) {
			analysis = new FlowAnalysis(flow());
		}
		return analysis;
	}

	public void report(Rule rule, String message, String pointer) {
		report(rule, message, pointer, -1, -1);
	}

	public void report(Rule rule, String message, String pointer, int start, int end) {
		add(new Diagnostic(rule.id(), rule.severity(), message, pointer, start, end, 0, 0));
	}

	/** A check that broke on this document is reported, not thrown: validation must go on for the other rules. */
	void reportFailure(Rule rule, RuntimeException failure) {
		add(new Diagnostic(rule.id(), Severity.WARNING, "Rule " + rule.id() + " could not be checked: " + failure, "", -1, -1,
				0, 0));
	}

	private void add(Diagnostic diagnostic) {
		int index = found.size();
		found.add(diagnostic);
		if (places.length == index) {
			places = Arrays.copyOf(places, Math.max(4, index * 2));
		}
		places[index] = place;
		outOfOrder |= index > 0 && places[index - 1] > place;
	}

	/** Findings from now on belong to this rule (an index in the plan), pattern of the rule and field of the pattern. */
	void reportingFor(int rule, int pattern, int field) {
		place = (long) rule << 40 | (long) pattern << 20 | field;
	}

	/** The findings so far, as the checks reported them. */
	public List<Diagnostic> diagnostics() {
		return found;
	}

	/** The findings in the rule set's order; findings at the same place keep the order they were reported in. */
	List<Diagnostic> diagnosticsInOrder() {
		if (!outOfOrder) {
			return found;
		}
		Integer[] order = new Integer[found.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingLong(i -> places[i]));
		List<Diagnostic> sorted = new ArrayList<>(order.length);
		for (Integer i : order) {
			sorted.add(found.get(i));
		}
		return sorted;
	}
}
