package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleScope;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.text.MacroValues;

/**
 * A rule set prepared once per format finds exactly what reading every rule on every document
 * finds, keeps each rule set's own values, and still runs checks that only know the old signature.
 */
class ValidationPlanTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path SAMPLES = Path.of("../io.parley.samples/sample");

	@TempDir
	Path dir;

	/** The reference: every rule's check asked directly, its fields looked up by pattern text, nothing prepared. */
	private static List<Diagnostic> checkedRuleByRule(RuleSet ruleSet, JsonNode document, MessageFormat format,
			MacroValues values) {
		CheckContext context = new CheckContext(document, format, ruleSet, values, null, new FieldPatterns());
		for (Rule rule : ruleSet.rulesFor(format, RuleScope.CONTENT)) {
			try {
				RuleCatalog.builtIn().check(rule.check()).orElseThrow().check(rule, context);
			} catch (RuntimeException e) {
				context.reportFailure(rule, e);
			}
		}
		return context.diagnostics();
	}

	private static List<RuleSet> ruleSets() throws IOException {
		RuleSet overridden = RuleCatalog.builtIn().defaultSet().withOverrides(JSON.readTree("{\"rules\": {"
				+ "\"message-ad.body.recommended\": {\"params\": {\"max\": 100}, \"severity\": \"ERROR\"},"
				+ "\"message.personalization.count\": {\"params\": {\"max\": 1}}}}"));
		return List.of(RuleCatalog.builtIn().defaultSet(), RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow(), overridden);
	}

	@Test
	void randomDocumentsGetTheDiagnosticsOfCheckingEachRuleDirectly() throws IOException {
		RandomDocuments random = new RandomDocuments(11);
		int found = 0;
		for (int round = 0; round < 1_500; round++) {
			MessageFormat format = random.format();
			ObjectNode document = random.document(format);
			for (RuleSet ruleSet : ruleSets()) {
				MacroValues values = round % 2 == 0 ? MacroValues.assumedMaximum(ruleSet) : withGaps(ruleSet);
				List<Diagnostic> expected = checkedRuleByRule(ruleSet, document, format, values);
				assertEquals(expected, new MessageValidator(RuleCatalog.builtIn(), ruleSet).validate(document, format, values), document.toString());
				found += expected.size();
			}
		}
		assertTrue(found > 10_000, "the documents break many rules: " + found);
	}

	/** A prospect list whose longest first name is 9 characters and where some people lack a first or company name. */
	private static MacroValues withGaps(RuleSet ruleSet) {
		return MacroValues.longestOf(ruleSet, Map.of("%FIRSTNAME%", new MacroValues.Value(9, "Oluwaseun", "row 4")),
				Map.of("%FIRSTNAME%", 3L, "%COMPANYNAME%", 1_200L), Map.of(), 5_000);
	}

	@Test
	void theSampleWorkspaceGetsTheDiagnosticsOfCheckingEachRuleDirectly() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			for (Path file : files.filter(f -> f.toString().matches(".*\\.(template|flow)\\.json")).toList()) {
				JsonNode document = JSON.readTree(file.toFile());
				MessageFormat format = MessageFormat.of(document.path("format").asText()).orElse(MessageFormat.CONVERSATION_AD);
				DocumentContext context = DocumentContext.of(file, document, RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet());
				assertEquals(checkedRuleByRule(context.ruleSet(), document, format, context.macroValues()),
						new MessageValidator(RuleCatalog.builtIn(), context.ruleSet()).validate(document, format, context.macroValues()), file.toString());
			}
		}
	}

	@Test
	void eachRuleSetIsPreparedWithItsOwnValues() throws IOException {
		ObjectNode inMail = JSON.createObjectNode().put("format", "INMAIL").put("subject", "Hi").put("body", "x".repeat(1950));
		assertEquals(List.of("inmail.body.length", "inmail.body.recommended"), ruleIds(RuleCatalog.builtIn().defaultSet(), inMail));
		assertEquals(List.of("inmail.body.recommended"), ruleIds(RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow(), inMail));
		RuleSet relaxed = RuleCatalog.builtIn().defaultSet().withOverrides(JSON.readTree("{\"rules\": {\"inmail.body.recommended\": {\"params\": {\"max\": 2000}}}}"));
		assertEquals(List.of("inmail.body.length"), ruleIds(relaxed, inMail));
	}

	private static List<String> ruleIds(RuleSet ruleSet, JsonNode inMail) {
		return new MessageValidator(RuleCatalog.builtIn(), ruleSet).validate(inMail, MessageFormat.INMAIL).stream().map(Diagnostic::ruleId).toList();
	}

	@Test
	void aWorkspaceThatPicksTheAlternativeSetAndOverridesAValueIsPreparedWithBoth() throws IOException {
		Path inMail = Files.writeString(dir.resolve("a.template.json"), "{\"schema\": \"parley.template/1\", \"format\": \"INMAIL\","
				+ " \"subject\": \"Hi\", \"body\": \"" + "x".repeat(1950) + "\"}");
		Files.writeString(dir.resolve(WorkspaceRules.FILE_NAME), "{\"ruleSet\": \"linkedin-help\", \"rules\":"
				+ " {\"inmail.body.recommended\": {\"severity\": \"ERROR\"}}}");
		List<Diagnostic> found = new FileValidator().validate(inMail);
		assertEquals(List.of("inmail.body.recommended"), found.stream().map(Diagnostic::ruleId).toList());
		assertEquals(Severity.ERROR, found.get(0).severity());
	}

	/**
	 * A thread's scans share one buffer from document to document: a document checked after others,
	 * whose texts were longer and left their chars behind, gets what it gets on a thread of its own.
	 */
	@Test
	void aDocumentCheckedAfterOthersGetsWhatItGetsOnAFreshThread() throws Exception {
		MessageValidator validator = new MessageValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet());
		RandomDocuments random = new RandomDocuments(11);
		for (int i = 0; i < 300; i++) {
			MessageFormat format = random.format();
			ObjectNode document = random.document(format);
			List<Diagnostic> afterOthers = validator.validate(document, format);
			List<List<Diagnostic>> fresh = new ArrayList<>();
			Thread thread = new Thread(() -> fresh.add(validator.validate(document, format)));
			thread.start();
			thread.join();
			assertEquals(fresh.get(0), afterOthers, document::toString);
		}
	}

	@Test
	void aCheckWithOnlyTheOldSignatureStillRunsOnEveryDocument() {
		RuleCatalog catalog = RuleCatalog.builtIn().toBuilder().addCheck("test.oldSignature", (rule, context) -> {
			for (String pattern : rule.fields()) {
				for (Field field : context.textFields(pattern)) {
					context.report(rule, "Body is " + context.facts(field).length() + " characters", field.pointer());
				}
			}
		}).build();
		MessageValidator validator = new MessageValidator(catalog, withRule(rule("test.oldSignature", "/body", "{}")));
		ObjectNode note = connectionNote("Hi %FIRSTNAME%");
		assertEquals(List.of("Body is 14 characters"), messagesOf(validator.validate(note, MessageFormat.CONNECTION_NOTE)));
	}

	@Test
	void aPreparedCheckIsPreparedOncePerValidatorAndSharesTheFieldsOfItsPatterns() {
		AtomicInteger preparations = new AtomicInteger();
		RuleCatalog catalog = RuleCatalog.builtIn().toBuilder().addCheck("test.prepared", new RuleCheck() {
			@Override
			public void check(Rule rule, CheckContext context) {
				prepare(rule, new FieldPatterns()).check(context);
			}

			@Override
			public PreparedCheck prepare(Rule rule, FieldPatterns patterns) {
				preparations.incrementAndGet();
				int max = rule.intParam("max");
				FieldPattern body = patterns.of(rule)[0];
				return context -> {
					for (Field field : context.textFields(body)) {
						if (context.facts(field).length() > max) {
							context.report(rule, "Over " + max + "; the body is the same field: "
									+ (context.textFields("/body").get(0) == field), field.pointer());
						}
					}
				};
			}
		}).build();
		MessageValidator validator = new MessageValidator(catalog, withRule(rule("test.prepared", "/body", "{\"max\": 5}")));
		for (int i = 0; i < 3; i++) {
			assertEquals(List.of("Over 5; the body is the same field: true"),
					messagesOf(validator.validate(connectionNote("Hi there"), MessageFormat.CONNECTION_NOTE)));
		}
		assertEquals(1, preparations.get());
	}

	@Test
	void aRuleThatCannotBePreparedIsReportedOnEachDocumentAndTheOthersStillRun() {
		MessageValidator validator = new MessageValidator(RuleCatalog.builtIn(), withRule(rule("maxLength", "/body", "{}")));
		for (int i = 0; i < 2; i++) {
			List<Diagnostic> found = validator.validate(connectionNote("x".repeat(301)), MessageFormat.CONNECTION_NOTE);
			assertEquals(List.of("connection-note.length", "test.rule"), found.stream().map(Diagnostic::ruleId).sorted().toList());
			assertTrue(messagesOf(found).get(0).contains("needs a whole-number parameter 'max'"), found.toString());
		}
	}

	@Test
	void fieldPatternsGetSlotsOnlyWhileTheRulesArePrepared() {
		FieldPatterns patterns = new FieldPatterns();
		FieldPattern body = patterns.of("/body");
		assertTrue(body == patterns.of("/body"), "rules on the same field share its slot");
		patterns.prepared();
		assertTrue(body == patterns.of("/body"), "a pattern that has a slot is still found");
		assertThrows(IllegalStateException.class, () -> patterns.of("/subject"));
	}

	private static Rule rule(String check, String field, String params) {
		try {
			return new Rule("test.rule", Set.of(MessageFormat.CONNECTION_NOTE), Severity.WARNING, check, List.of(field), "Body",
					JSON.readTree(params), "test", "");
		} catch (IOException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static RuleSet withRule(Rule rule) {
		RuleSet base = RuleCatalog.builtIn().defaultSet();
		List<Rule> rules = new ArrayList<>(base.rules());
		rules.add(rule);
		return new RuleSet("test", 1, "test", "", rules, base.macros(), base.caps(), base.benchmarks(), base.sources());
	}

	private static ObjectNode connectionNote(String body) {
		return JsonNodeFactory.instance.objectNode().put("format", "CONNECTION_NOTE").put("body", body);
	}

	private static List<String> messagesOf(List<Diagnostic> found) {
		return found.stream().filter(d -> d.ruleId().equals("test.rule")).map(Diagnostic::message).toList();
	}
}
