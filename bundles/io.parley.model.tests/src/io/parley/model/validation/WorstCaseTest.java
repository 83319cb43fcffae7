package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectSource;
import io.parley.model.text.MacroValues;

/** Lengths are what the recipient sees: macros expanded to their worst value, counted in code points. */
class WorstCaseTest {

	@TempDir
	Path dir;

	private List<Diagnostic> validate(String file, String json) throws IOException {
		return new FileValidator().validate(Files.writeString(dir.resolve(file), json));
	}

	private static String ad(String subject) {
		return """
				{"schema": "parley.template/1", "name": "x", "format": "MESSAGE_AD", "sender": "Dana",
				 "subject": "%s", "body": "Hello", "cta": {"text": "Go", "url": "https://example.com"}}
				""".formatted(subject);
	}

	@Test
	void messageSaysWhatTheLimitIs() throws IOException {
		Diagnostic d = validate("a.template.json", ad("x".repeat(61))).stream()
				.filter(x -> x.ruleId().equals("message-ad.subject.length")).findFirst().orElseThrow();
		assertEquals("Subject is 61 characters; Message Ads allow 60", d.message());
		assertEquals("/subject", d.path());
		assertEquals(60, d.start(), "the range starts where the limit is passed");
		assertEquals(61, d.end());
		assertEquals(2, d.line(), "the subject's line in the file");
		assertEquals(2, d.column(), "and the column where its name starts");
	}

	@Test
	void anEmojiCountsOnce() throws IOException {
		assertTrue(validate("a.template.json", ad("😀".repeat(40))).isEmpty(), "40 emojis are 40 characters");
	}

	@Test
	void withoutAListMacrosTakeTheRuleSetsMaximum() throws IOException {
		Diagnostic d = validate("a.template.json", ad("%FIRSTNAME%, " + "x".repeat(39))).stream()
				.filter(x -> x.ruleId().equals("message-ad.subject.length")).findFirst().orElseThrow();
		assertEquals("Subject is 61 characters; Message Ads allow 60 (worst case, with %FIRSTNAME% at its assumed"
				+ " maximum of 20 characters)", d.message());
	}

	@Test
	void anAttachedProspectListGivesTheRealWorstCase() throws IOException {
		Files.writeString(dir.resolve("people.prospects.csv"),
				"firstName,lastName,jobTitle,companyName,industry\nAl,B,CEO,Acme,Software\nMaximiliana,C,CTO,Beta,Retail\n");
		Files.writeString(dir.resolve("people.audience.json"),
				"{\"schema\": \"parley.audience/1\", \"name\": \"p\", \"prospects\": \"people.prospects.csv\"}");
		Files.writeString(dir.resolve("spring.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "s", "format": "MESSAGE_AD", "audience": "people.audience.json",
				 "content": "a.template.json", "budget": "b.budget.json", "sender": "Dana"}""");
		List<Diagnostic> found = validate("a.template.json", ad("%FIRSTNAME%, " + "x".repeat(38)));
		assertEquals(1, found.size(), found.toString());
		Diagnostic visible = found.get(0);
		assertEquals("message-ad.subject.visible", visible.ruleId(), "11 + 40 fits 60 but not the 40 visible");
		assertTrue(visible.message().contains("%FIRSTNAME% = \"Maximiliana\" (people.prospects.csv, row 2)"), visible.message());
	}

	@Test
	void longestValuesStreamThroughTheList() throws IOException {
		Path list = Files.writeString(dir.resolve("x.prospects.csv"),
				"firstName,lastName,jobTitle,companyName,industry,email\nÉlodie,Ng,VP,Acme,Software,e@x\n");
		MacroValues values = ProspectListFacts.of(new ProspectSource(list, ProspectColumns.AS_NAMED), RuleCatalog.builtIn().defaultSet())
				.longestValues(RuleCatalog.builtIn().defaultSet());
		assertEquals(6, values.lengthOf("%FIRSTNAME%"));
		assertEquals(2, values.lengthOf("%JOBTITLE%"), "the longest job title of the list");
	}
}
