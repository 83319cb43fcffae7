package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.export.CampaignExport;
import io.parley.core.workspace.SampleCampaigns;
import io.parley.core.export.ExportRefusedException;
import io.parley.core.export.ExporterRegistry;

class SendListExportTest {

	@TempDir
	Path dir;

	@BeforeEach
	void copySampleWorkspace() throws IOException {
		SampleCampaigns.copyTo(dir);
	}

	private CampaignExport csv() {
		return new CampaignExport(ExporterRegistry.getDefault().byId("csv").orElseThrow());
	}

	@Test
	void oneRenderedRowPerProspectWithItsDate() throws IOException {
		csv().run(dir.resolve("cmo-outreach.campaign.json"), dir.resolve("out"), false, new NullProgressMonitor());
		String sends = Files.readString(dir.resolve("out/sends.csv"));
		assertTrue(sends.startsWith("recipient,subject,body,scheduled\n"), sends);
		assertTrue(sends.contains("\"Sarah Johnson\",\"Sarah, your take on paid social at Acme Corp?\",\"Hi Sarah,"), sends);
		assertEquals(3, sends.split(",2026-12-").length - 1, "the 5 sample prospects spread over December and January");
		assertEquals(2, sends.split(",2027-01-").length - 1, "the 5 sample prospects spread over December and January");
	}

	/** LinkedIn's Connections.csv in its shape (notes above the header), made here: the names land in the messages. */
	private void connectionsCampaign(String extraRows) throws IOException {
		Files.writeString(dir.resolve("connections.prospects.csv"), """
				Notes:
				"When exporting your connection data, you may notice that some of the email addresses are missing."

				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Ada,Quill,https://www.linkedin.com/in/ada-quill-0000,,Northwind Traders,Head of Operations,03 Feb 2025

				""" + extraRows);
		Files.writeString(dir.resolve("connections.audience.json"), """
				{"schema": "parley.audience/1", "name": "My connections", "prospects": "connections.prospects.csv"}
				""");
		Files.writeString(dir.resolve("hello.template.json"), """
				{"schema": "parley.template/1", "name": "Hello", "format": "MESSAGE", "body": "Hi %FIRSTNAME%, how is %COMPANYNAME%?"}
				""");
		Files.writeString(dir.resolve("hello.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "Hello", "format": "MESSAGE", "audience": "connections.audience.json",
				 "content": "hello.template.json", "sender": "Dana Example", "schedule": {"start": "2026-12-07"}}
				""");
	}

	@Test
	void messagesToConnectionsFromLinkedInsOwnFileNeedNoMappingNorBudget() throws IOException {
		connectionsCampaign("Bram,Oost,https://www.linkedin.com/in/bram-oost-0000,,\"Contoso, Ltd.\",CTO,17 Nov 2024\n");
		csv().run(dir.resolve("hello.campaign.json"), dir.resolve("out"), false, new NullProgressMonitor());
		List<String> sends = Files.readAllLines(dir.resolve("out/sends.csv"));
		assertEquals(3, sends.size(), "the header and one row per person, none for the blank lines: " + sends);
		assertTrue(sends.get(1).startsWith("\"Ada Quill\",") && sends.get(1).contains(",\"Hi Ada, how is Northwind Traders?\","),
				sends.get(1));
		assertTrue(sends.get(2).startsWith("\"Bram Oost\",") && sends.get(2).contains(",\"Hi Bram, how is Contoso, Ltd.?\","),
				sends.get(2));
	}

	@Test
	void aRowWithAValueTooManyIsRefusedAsValidateRefusesIt() throws IOException {
		connectionsCampaign("Bram,Oost,,,Contoso, Ltd.,CTO,17 Nov 2024\n");
		ExportRefusedException refused = assertThrows(ExportRefusedException.class,
				() -> csv().run(dir.resolve("hello.campaign.json"), dir.resolve("out"), false, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("connections.prospects.csv:7: this row has 8 values where the header has 7"
				+ " columns; a value with a comma in it needs quotes around it"), refused.getMessage());
	}

	@Test
	void aCanceledExportWritesNothing() throws IOException {
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> csv().run(dir.resolve("cmo-outreach.campaign.json"), dir.resolve("out"), false, canceled));
		try (Stream<Path> left = Files.list(dir.resolve("out"))) {
			assertEquals(List.of(), left.toList(), "no send list, no staging folder");
		}
	}

	/** What the campaign's check says the plan allows is what the send list schedules, forced or not, and none after the end. */
	@Test
	void theSendListKeepsToThePlansCreditsAndTheCampaignsEndAsTheCheckSays() throws IOException {
		Path campaign = inMailsTo155People();
		int refused = refusedByTheCheck(campaign);
		csv().run(campaign, dir.resolve("out"), true, new NullProgressMonitor());
		String sends = Files.readString(dir.resolve("out/sends.csv"));
		List<String> scheduled = scheduledDates(sends);
		assertEquals(155 - refused, scheduled.size());
		assertTrue(scheduled.stream().allMatch(date -> date.compareTo("2027-01-31") <= 0), "nothing after the end, 2027-01-31: " + scheduled);
		assertEquals(refused, sends.split("not scheduled: the plan has no credits for it before the campaign ends", -1).length - 1);
	}

	/** The workspace's parley.rules.json gives the plan more credits: the check and the send list both count with them. */
	@Test
	void theSendListCountsWithTheWorkspacesOwnRulesAsTheCheckDoes() throws IOException {
		Path campaign = inMailsTo155People();
		int refusedByDefault = refusedByTheCheck(campaign);
		csv().run(campaign, dir.resolve("default"), true, new NullProgressMonitor());
		Files.writeString(dir.resolve("parley.rules.json"), """
				{"caps": {"inMailPlans": {"PREMIUM_CAREER": {"monthly": 40, "rolloverCap": 120}}}}
				""");
		int refused = refusedByTheCheck(campaign);
		assertTrue(refused < refusedByDefault, "the workspace's credits refuse fewer: " + refused + " against " + refusedByDefault);
		csv().run(campaign, dir.resolve("out"), true, new NullProgressMonitor());
		assertEquals(155 - refusedByDefault, scheduledDates(Files.readString(dir.resolve("default/sends.csv"))).size());
		assertEquals(155 - refused, scheduledDates(Files.readString(dir.resolve("out/sends.csv"))).size(),
				"the send list schedules what the check allows under the workspace's rules");
	}

	/** The InMail sample campaign sent to 155 people, more than its plan's credits cover by the campaign's end. */
	private Path inMailsTo155People() throws IOException {
		StringBuilder people = new StringBuilder("firstName,lastName,jobTitle,companyName,industry\n");
		for (int i = 0; i < 155; i++) {
			people.append("Sarah,Johnson").append(i).append(",VP of Marketing,Acme Corp,Computer Software\n");
		}
		Files.writeString(dir.resolve("marketing-leaders.prospects.csv"), people);
		return dir.resolve("cmo-outreach.campaign.json");
	}

	/** How many of the 155 InMails the campaign's check says the plan refuses. */
	private int refusedByTheCheck(Path campaign) {
		String refusal = csv().errors(campaign).stream().map(d -> d.message()).filter(m -> m.contains("plan refuses")).findFirst()
				.orElseThrow();
		Matcher refused = Pattern.compile("refuses (\\d+) of 155 InMails").matcher(refusal);
		assertTrue(refused.find(), refusal);
		return Integer.parseInt(refused.group(1));
	}

	private static List<String> scheduledDates(String sends) {
		return Pattern.compile(",\"?(20\\d\\d-\\d\\d-\\d\\d)[T\\d:]*\"?\n").matcher(sends).results().map(m -> m.group(1)).toList();
	}

	@Test
	void sponsoredCampaignsAreNotSentByHand() {
		IOException refused = assertThrows(IOException.class,
				() -> csv().run(dir.resolve("webinar-q4.campaign.json"), dir.resolve("out"), false, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("export them as linkedin-api"), refused.getMessage());
	}
}
