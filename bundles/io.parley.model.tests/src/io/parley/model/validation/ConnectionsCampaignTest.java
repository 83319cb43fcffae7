package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.rules.Severity;

/**
 * A person messaging their 1st-degree connections from LinkedIn's own Connections.csv (a file of
 * that shape, made here): the list needs no mapping, no column the messages do not use, and the
 * free campaign no budget.
 */
class ConnectionsCampaignTest {

	private static final String CONNECTIONS = """
			Notes:
			"When exporting your connection data, you may notice that some of the email addresses are missing."

			First Name,Last Name,URL,Email Address,Company,Position,Connected On
			Ada,Quill,https://www.linkedin.com/in/ada-quill-0000,,Northwind Traders,Head of Operations,03 Feb 2025
			""";

	@TempDir
	Path dir;

	private List<Diagnostic> validate(String file) {
		return new FileValidator().validate(dir.resolve(file));
	}

	private void campaign(String format, String body) throws IOException {
		Files.writeString(dir.resolve("connections.prospects.csv"), CONNECTIONS);
		Files.writeString(dir.resolve("connections.audience.json"), """
				{"schema": "parley.audience/1", "name": "My connections", "prospects": "connections.prospects.csv"}
				""");
		Files.writeString(dir.resolve("hello.template.json"), """
				{"schema": "parley.template/1", "name": "Hello", "format": "%s", "body": "%s"}
				""".formatted(format, body));
		Files.writeString(dir.resolve("hello.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "Hello", "format": "%s", "audience": "connections.audience.json",
				 "content": "hello.template.json", "sender": "Dana Example"}
				""".formatted(format));
	}

	@Test
	void aCampaignOfMessagesToConnectionsValidatesWithoutMappingOrBudget() throws IOException {
		campaign("MESSAGE", "Hi %FIRSTNAME%, how is everyone at %COMPANYNAME%? Still %JOBTITLE%?");
		assertEquals(List.of(), validate("connections.audience.json").stream().filter(Diagnostic::isError).toList());
		assertEquals(List.of(), validate("hello.campaign.json").stream().filter(Diagnostic::isError).toList(),
				"messages to connections are free: no budget is needed");
		assertEquals(List.of("connections.prospects.csv: 1 prospect, read as UTF-8, separated by commas, header on line 4"),
				validate("connections.prospects.csv").stream().map(Diagnostic::message).toList(), "said, not refused");
	}

	@Test
	void aMacroTheListHasNoColumnForIsNamedWithTheMessageThatUsesIt() throws IOException {
		campaign("CONNECTION_NOTE", "Hi %FIRSTNAME%, fellow %INDUSTRY% person here.");
		Diagnostic missing = validate("connections.audience.json").stream().filter(Diagnostic::isError).findFirst().orElseThrow();
		assertEquals("audience.prospect-columns", missing.ruleId());
		assertTrue(missing.message().startsWith("connections.prospects.csv: the header lacks industry, which %INDUSTRY% in "
				+ "hello.template.json needs"), missing.message());
		assertTrue(validate("hello.campaign.json").stream().noneMatch(d -> d.message().contains("budget")));
	}

	@Test
	void anInMailCampaignStillNamesItsBudget() throws IOException {
		campaign("INMAIL", "Hi %FIRSTNAME%");
		assertTrue(validate("hello.campaign.json").stream().anyMatch(d -> d.message().equals("The campaign names no budget file")));
	}

	@Test
	void aRowWithAValueTooManyIsTheSameErrorOnTheListAndOnTheAudience() throws IOException {
		campaign("MESSAGE", "Hi %FIRSTNAME%");
		Files.writeString(dir.resolve("connections.prospects.csv"), CONNECTIONS + "Bram,Oost,,,Contoso, Ltd.,CTO,17 Nov 2024\n");
		Diagnostic onTheList = validate("connections.prospects.csv").get(0);
		assertEquals(Severity.ERROR, onTheList.severity());
		assertEquals(6, onTheList.line());
		assertEquals("this row has 8 values where the header has 7 columns; a value with a comma in it needs quotes around it",
				onTheList.message());
		Diagnostic onTheAudience = validate("connections.audience.json").stream().filter(Diagnostic::isError).findFirst().orElseThrow();
		assertEquals("connections.prospects.csv:6: " + onTheList.message(), onTheAudience.message());
	}
}
