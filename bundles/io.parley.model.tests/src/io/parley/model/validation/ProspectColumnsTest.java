package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.Severity;

/** Prospect lists whose header has its own names, mapped to the macro fields by the audience that uses them. */
class ProspectColumnsTest {

	private static final String MAPPING = """
			"prospectColumns": {"firstName": "Vorname", "lastName": "Nachname", "jobTitle": "Rolle",
			  "companyName": "Firma", "industry": "Branche"}""";

	@TempDir
	Path dir;

	private Path crmExport() throws IOException {
		return Files.writeString(dir.resolve("crm.prospects.csv"),
				"Vorname,Nachname,Rolle,Firma,Branche,Email\nAl,Bo,CEO,Acme,Software,a@x\nMaximiliana,Cy,CTO,Beta,Retail,m@x\n");
	}

	private Path audience(String extra) throws IOException {
		return Files.writeString(dir.resolve("crm.audience.json"),
				"{\"schema\": \"parley.audience/1\", \"name\": \"CRM\", \"prospects\": \"crm.prospects.csv\"" + extra + "}");
	}

	private static ProspectColumns mapping() {
		return new ProspectColumns(Map.of("firstName", "Vorname", "lastName", "Nachname", "jobTitle", "Rolle",
				"companyName", "Firma", "industry", "Branche"));
	}

	@Test
	void aMappedListReadsItsColumnsUnderTheMacroFieldsNames() throws IOException {
		try (ProspectList list = ProspectList.open(crmExport(), mapping())) {
			Prospect first = list.next();
			assertEquals("Al", first.value("firstName"));
			assertEquals("Acme", first.value("companyName"));
			assertEquals("a@x", first.value("Email"), "other columns stay as they are");
		}
	}

	@Test
	void unmappedTheListLacksTheMacroColumnsButIsAListAllTheSame() throws IOException {
		Path list = crmExport();
		try (ProspectList people = ProspectList.open(list)) {
			assertEquals(List.of("firstName", "lastName", "jobTitle", "companyName", "industry"),
					people.missing(ProspectList.REQUIRED_COLUMNS));
		}
		assertEquals(List.of(), new FileValidator().validate(list), "which columns it needs is for the audience to say");
	}

	@Test
	void theAudienceSaysWhenItsListHasNoColumnForAMacroItsMessagesUse() throws IOException {
		crmExport();
		assertTrue(new FileValidator().validate(audience("")).stream().noneMatch(d -> d.ruleId().equals("audience.prospect-columns")),
				"no message is sent to the audience yet, so no column is needed");
		Files.writeString(dir.resolve("intro.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "i", "format": "MESSAGE", "audience": "crm.audience.json",
				 "content": "intro.template.json", "sender": "Dana"}
				""");
		Files.writeString(dir.resolve("intro.template.json"), """
				{"schema": "parley.template/1", "name": "i", "format": "MESSAGE",
				 "body": "Hi %FIRSTNAME%, how are things at %COMPANYNAME%?"}
				""");
		List<Diagnostic> unmapped = new FileValidator().validate(audience(""));
		Diagnostic missing = unmapped.stream().filter(d -> d.ruleId().equals("audience.prospect-columns")).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, missing.severity());
		assertEquals("crm.prospects.csv: the header lacks firstName, companyName, which %FIRSTNAME% in intro.template.json, "
				+ "%COMPANYNAME% in intro.template.json need; choose the list's column for it under Macro fields", missing.message());
		assertEquals("/prospects", missing.path());
		List<Diagnostic> partly = new FileValidator().validate(audience(", \"prospectColumns\": {\"firstName\": \"Vorname\"}"));
		Diagnostic stillMissing = partly.stream().filter(d -> d.ruleId().equals("audience.prospect-columns")).findFirst().orElseThrow();
		assertTrue(stillMissing.message().contains("lacks companyName, which %COMPANYNAME% in intro.template.json needs"),
				stillMissing.message());
		assertEquals("/prospectColumns", stillMissing.path());
		assertTrue(new FileValidator().validate(audience(", \"prospectColumns\": {\"firstName\": \"Vorname\", \"companyName\": \"Firma\"}"))
				.stream().noneMatch(d -> d.ruleId().equals("audience.prospect-columns")), "industry and job title are not used");
	}

	@Test
	void aTemplateSentToTheAudienceIsCheckedWithTheMappedValues() throws IOException {
		crmExport();
		audience(", " + MAPPING);
		Files.writeString(dir.resolve("spring.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "s", "format": "MESSAGE_AD", "audience": "crm.audience.json",
				 "content": "spring.template.json"}
				""");
		Path template = Files.writeString(dir.resolve("spring.template.json"), """
				{"schema": "parley.template/1", "name": "x", "format": "MESSAGE_AD", "sender": "Dana",
				 "subject": "%FIRSTNAME%, see what Beta teams do with their week", "body": "Hello",
				 "cta": {"text": "Go", "url": "https://example.com"}}
				""");
		Diagnostic visible = new FileValidator().validate(template).stream()
				.filter(d -> d.ruleId().equals("message-ad.subject.visible")).findFirst().orElseThrow();
		assertTrue(visible.message().contains("%FIRSTNAME% = \"Maximiliana\" (crm.prospects.csv, row 2)"), visible.message());
		ProspectSource source = DocumentContext.of(template, new ObjectMapper().readTree(template.toFile()), RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet())
				.prospectList().orElseThrow();
		try (ProspectList people = source.open()) {
			assertEquals("Al", people.next().value("firstName"), "the template's preview reads the list as the audience maps it");
		}
	}
}
