package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignChecksTest {

	@TempDir
	Path dir;

	@BeforeEach
	void parts() throws IOException {
		Files.writeString(dir.resolve("a.audience.json"), "{\"schema\": \"parley.audience/1\", \"name\": \"a\"}");
		Files.writeString(dir.resolve("b.budget.json"), "{\"schema\": \"parley.budget/1\", \"name\": \"b\", \"total\": 1,"
				+ " \"costPerSend\": {\"low\": 1, \"high\": 1}, \"start\": \"2026-12-01\", \"end\": \"2026-12-02\"}");
		Files.writeString(dir.resolve("t.template.json"), "{\"schema\": \"parley.template/1\", \"format\": \"INMAIL\"}");
		Files.writeString(dir.resolve("f.flow.json"), "{\"schema\": \"parley.flow/1\"}");
	}

	private List<String> rules(String name, String format, String content, String start) throws IOException {
		Path file = Files.writeString(dir.resolve(name), """
				{"schema": "parley.campaign/1", "name": "x", "format": "%s", "audience": "a.audience.json",
				 "content": "%s", "budget": "b.budget.json", "sender": "Dana", "schedule": {"start": "%s"}}
				""".formatted(format, content, start));
		return new FileValidator().validate(file).stream().map(Diagnostic::ruleId).toList();
	}

	@Test
	void contentMustHaveTheCampaignsFormat() throws IOException {
		assertTrue(rules("one.campaign.json", "MESSAGE_AD", "t.template.json", "2026-12-01").contains("campaign.format"));
		assertEquals(List.of(), rules("two.campaign.json", "INMAIL", "t.template.json", "2026-12-01"));
		assertEquals(List.of(), rules("three.campaign.json", "CONVERSATION_AD", "f.flow.json", "2027-06-01"));
	}

	@Test
	void twoSponsoredCampaignsToOneAudienceInsideTheCapWindowAreFlagged() throws IOException {
		rules("first.campaign.json", "CONVERSATION_AD", "f.flow.json", "2026-12-01");
		assertEquals(List.of("campaign.cap-overlap"), rules("second.campaign.json", "CONVERSATION_AD", "f.flow.json", "2026-12-20"));
		assertEquals(List.of(), rules("later.campaign.json", "CONVERSATION_AD", "f.flow.json", "2027-03-01"), "45 days later is fine");
	}
}
