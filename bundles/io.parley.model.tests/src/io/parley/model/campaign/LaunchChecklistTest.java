package io.parley.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.campaign.ChecklistItem.State;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.DocumentContext;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

/** Seed 001's launch checklist answered from the documents of a campaign. */
class LaunchChecklistTest {

	private static final Path SAMPLES = Path.of("../io.parley.samples/sample");
	private static final ObjectMapper JSON = new ObjectMapper();
	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	@TempDir
	Path dir;

	private List<ChecklistItem> checklist(Path campaignFile) throws IOException {
		JsonNode campaign = JSON.readTree(campaignFile.toFile());
		CampaignParts parts = CampaignParts.of(campaignFile, campaign);
		Path content = parts.file(CampaignParts.CONTENT).orElseThrow();
		DocumentContext context = DocumentContext.of(content, parts.content().orElseThrow(), RuleCatalog.builtIn(), rules);
		return new LaunchChecklist(parts, rules, context, new FileValidator(RuleCatalog.builtIn(), rules).validate(content)).items();
	}

	@Test
	void theSampleWebinarCampaignIsReadyButForATestSizedAudienceAndItsSubjectsVisiblePart() throws IOException {
		List<ChecklistItem> items = checklist(SAMPLES.resolve("webinar-q4.campaign.json"));
		assertEquals(List.of("Offer defined", "Sender chosen", "Audience sized for a test", "Message short enough", "Destination set",
				"Budget for a test"), items.stream().map(ChecklistItem::title).toList());
		assertEquals(List.of(State.DONE, State.DONE, State.TO_DO, State.TO_DO, State.DONE, State.DONE),
				items.stream().map(ChecklistItem::state).toList(), items.toString());
		assertEquals("85,000 members; a first test wants 20,000-50,000", items.get(2).detail());
		assertTrue(items.get(3).detail().startsWith("Subject is 52 characters; the first 40 are visible"), items.get(3).detail());
		assertTrue(items.get(4).detail().startsWith("https://example.com/webinars/"), items.get(4).detail());
	}

	@Test
	void theChecklistNamesTheGuideItComesFromByItsTitle() {
		assertEquals("From the campaign launch checklist of \u201cA guide to Message Ads and Conversation Ads\u201d.", LaunchChecklist.source(rules));
	}

	@Test
	void aSubjectTooLongIsNotShortEnoughAsItsProblemSays() throws IOException {
		String template = Files.readString(SAMPLES.resolve("webinar-invitation.template.json"));
		String subject = "Join our live webinar on building pipeline from paid social next Thursday";
		Files.writeString(dir.resolve("webinar-invitation.template.json"), template.replaceFirst("\"subject\": \"[^\"]*\"",
				"\"subject\": \"" + subject + "\""));
		Path campaign = Files.copy(SAMPLES.resolve("webinar-q4.campaign.json"), dir.resolve("webinar-q4.campaign.json"));
		ChecklistItem message = checklist(campaign).get(3);
		assertEquals(State.TO_DO, message.state(), message.toString());
		String problem = new FileValidator(RuleCatalog.builtIn(), rules).validate(dir.resolve("webinar-invitation.template.json")).stream()
				.filter(d -> d.ruleId().equals("message-ad.subject.length")).findFirst().orElseThrow().message();
		assertTrue(message.detail().startsWith(problem), "the checklist says what the problem says: " + message.detail());
	}

	@Test
	void aConversationAdCountsEveryMessageAndEveryButtonDestination() throws IOException {
		Path campaign = Files.writeString(dir.resolve("c.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "c", "format": "CONVERSATION_AD", "content": "software-demo.flow.json"}
				""");
		Files.copy(SAMPLES.resolve("software-demo.flow.json"), dir.resolve("software-demo.flow.json"));
		List<ChecklistItem> items = checklist(campaign);
		assertEquals(State.DONE, items.get(0).state(), items.get(0).toString());
		assertEquals(State.DONE, items.get(1).state(), "the flow's sender counts: " + items.get(1));
		assertTrue(items.get(4).detail().contains("Demo request form"), items.get(4).detail());
		assertEquals(State.TO_DO, items.get(5).state(), "no budget yet");
	}

	@Test
	void anInMailCampaignHasNoButtonAndNoPaidSends() throws IOException {
		List<ChecklistItem> items = checklist(SAMPLES.resolve("cmo-outreach.campaign.json"));
		assertEquals(State.NOT_APPLICABLE, items.get(4).state());
		assertEquals(State.NOT_APPLICABLE, items.get(5).state());
		assertTrue(items.get(3).detail().contains("recommended at most 399"), items.get(3).detail());
	}
}
