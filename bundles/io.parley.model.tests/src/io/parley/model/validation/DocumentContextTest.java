package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Severity;

/** What editors ask besides the diagnostics: limits of a field, worst-case lengths, unsaved text, fields of a format. */
class DocumentContextTest {

	@TempDir
	Path dir;

	private DocumentContext context(String json) throws IOException {
		Path file = Files.writeString(dir.resolve("a.template.json"), json);
		return DocumentContext.of(file, new ObjectMapper().readTree(json), RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet());
	}

	@Test
	void limitsOfAFieldComeFromTheRuleSetTightestFirst() throws IOException {
		DocumentContext context = context("{\"schema\": \"parley.template/1\"}");
		List<LengthLimit> subject = context.lengthLimits(MessageFormat.MESSAGE_AD, "/subject");
		assertEquals(List.of(40, 60), subject.stream().map(LengthLimit::max).toList());
		assertEquals(Severity.ERROR, subject.get(1).severity());
		assertEquals(List.of(40, 60), context.lengthLimits(MessageFormat.MESSAGE_AD, "/variants/3/subject").stream()
				.map(LengthLimit::max).toList(), "a variant has the original's limits");
		assertTrue(context.lengthLimits(MessageFormat.MESSAGE, "/subject").isEmpty());
	}

	@Test
	void aLimitForOneKindOfAccountCountsOnlyForThatAccount() throws IOException {
		assertEquals(List.of(300), maxima(context("{\"schema\": \"parley.template/1\"}")));
		assertEquals(List.of(300), maxima(context("{\"schema\": \"parley.template/1\", \"senderAccount\": \"PREMIUM\"}")));
		assertEquals(List.of(200, 300), maxima(context("{\"schema\": \"parley.template/1\", \"senderAccount\": \"free\"}")),
				"a free account's note stops at 200 characters");
	}

	private static List<Integer> maxima(DocumentContext context) {
		return context.lengthLimits(MessageFormat.CONNECTION_NOTE, "/body").stream().map(LengthLimit::max).toList();
	}

	@Test
	void worstCaseLengthExpandsMacrosToTheirAssumedMaximum() throws IOException {
		DocumentContext context = context("{\"schema\": \"parley.template/1\"}");
		assertEquals(3 + 20, context.worstCaseLength("Hi %FIRSTNAME%"));
		assertFalse(context.prospectList().isPresent());
	}

	@Test
	void anAttachedProspectListGivesTheRealLongestValues() throws IOException {
		Files.writeString(dir.resolve("people.prospects.csv"), "firstName,lastName,jobTitle,companyName,industry\nAl,B,C,D,E\nBea,B,C,D,E\n");
		DocumentContext context = context("{\"schema\": \"parley.template/1\", \"prospects\": \"people.prospects.csv\"}");
		assertEquals(3 + 3, context.worstCaseLength("Hi %FIRSTNAME%"));
		assertTrue(context.prospectList().isPresent());
	}

	@Test
	void unsavedTextIsCheckedAsTheFileWouldBe() throws IOException {
		Path file = Files.writeString(dir.resolve("b.template.json"), "{}");
		String text = """
				{"schema": "parley.template/1", "name": "x", "format": "MESSAGE", "subject": "Hello", "body": "Hi"}
				""";
		List<Diagnostic> found = new FileValidator().validate(file, text);
		assertTrue(found.stream().anyMatch(d -> d.ruleId().equals("message.subject.absent") && d.line() == 1), found.toString());
	}

	@Test
	void eachFormatNamesTheFieldsItsComposerHas() {
		assertTrue(MessageFormat.MESSAGE_AD.hasField("footer"));
		assertTrue(MessageFormat.INMAIL.hasField("subject"));
		assertFalse(MessageFormat.INMAIL.hasField("cta"));
		assertEquals(List.of("body"), MessageFormat.CONNECTION_NOTE.fields());
	}
}
