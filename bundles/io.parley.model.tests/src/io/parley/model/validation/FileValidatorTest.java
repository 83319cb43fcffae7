package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;

class FileValidatorTest {

	@TempDir
	Path dir;

	private List<Diagnostic> validate(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		return new FileValidator().validate(file);
	}

	@Test
	void syntaxErrorCarriesLineAndColumn() throws IOException {
		List<Diagnostic> found = validate("a.template.json", "{\n  \"schema\": \"parley.template/1\",\n  \"name\" \"x\"\n}");
		assertEquals(1, found.size());
		Diagnostic d = found.get(0);
		assertEquals("file.syntax", d.ruleId());
		assertEquals(Severity.ERROR, d.severity());
		assertEquals(3, d.line());
		assertTrue(d.column() > 0);
		assertTrue(d.message().startsWith("Not valid JSON at line 3, column " + d.column() + ": "), d.message());
		assertTrue(d.message().endsWith(": a colon is missing between a field's name and its value, before '\"'"), "says what is missing: " + d.message());
	}

	@Test
	void wrongSchemaIsRefused() throws IOException {
		List<Diagnostic> found = validate("a.flow.json", "{\"schema\": \"parley.flow/9\"}");
		assertEquals("file.schema", found.get(0).ruleId());
		assertEquals("/schema", found.get(0).path());
	}

	@Test
	void otherFilesAreIgnored() throws IOException {
		assertTrue(validate("notes.txt", "{").isEmpty());
	}

	@Test
	void badInputNeverThrows() throws IOException {
		for (String content : List.of("", "null", "[1, 2]", "\"text\"", "{\"schema\": 5}", "\u0000\u0001",
				"{\"schema\": \"parley.template/1\", \"format\": \"INMAIL\", \"subject\": {\"a\": 1}, \"body\": [1]}",
				"{\"schema\": \"parley.flow/1\", \"messages\": \"none\", \"start\": 3}")) {
			for (String kind : List.of("template", "flow", "campaign", "budget", "audience", "prospects")) {
				String name = "x." + kind + (kind.equals("prospects") ? ".csv" : ".json");
				assertTrue(validate(name, content).stream().allMatch(d -> d.message() != null), name + ": " + content);
			}
		}
	}

	@Test
	void aCheckThatBreaksIsReportedAndTheOtherRulesStillRun() throws IOException {
		RuleCatalog catalog = RuleCatalog.builtIn().toBuilder().addCheck("test.broken", (rule, context) -> {
			throw new IllegalStateException("boom");
		}).build();
		Rule broken = new Rule("test.broken", java.util.Set.of(MessageFormat.INMAIL), Severity.ERROR, "test.broken", List.of(),
				"Broken", JsonNodeFactory.instance.objectNode(), "test", "");
		RuleSet base = RuleCatalog.builtIn().defaultSet();
		List<Rule> rules = new java.util.ArrayList<>(base.rules());
		rules.add(0, broken);
		RuleSet withBroken = new RuleSet("test", 1, "test", "", rules, base.macros(), base.caps(), base.benchmarks(), base.sources());
		Path file = Files.writeString(dir.resolve("a.template.json"),
				"{\"schema\": \"parley.template/1\", \"format\": \"INMAIL\", \"body\": \"Hi\"}");
		List<Diagnostic> found = new FileValidator(catalog, withBroken).validate(file);
		assertEquals(List.of("test.broken", "inmail.subject.required"), found.stream().map(Diagnostic::ruleId).toList());
		assertTrue(found.get(0).message().contains("could not be checked"), found.get(0).message());
	}

	@Test
	void aWorkspaceOverridesLimitsAndABrokenSettingsFileIsIgnored() throws IOException {
		String longInMail = "{\"schema\": \"parley.template/1\", \"format\": \"INMAIL\", \"subject\": \"Hi\", \"body\": \""
				+ "x".repeat(2400) + "\"}";
		Files.writeString(dir.resolve("parley.rules.json"), "{\"rules\": {\"inmail.body.length\": {\"params\": {\"max\": 2500}}}}");
		assertEquals(List.of("inmail.body.recommended"), validate("a.template.json", longInMail).stream().map(Diagnostic::ruleId).toList());
		Files.writeString(dir.resolve("parley.rules.json"), "{\"rules\": {\"inmail.body.length\": {\"severity\": \"FATAL\"}}}");
		assertTrue(validate("a.template.json", longInMail).stream().anyMatch(d -> d.ruleId().equals("inmail.body.length")),
				"the default set applies");
	}
}
