package io.parley.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * The rules that need files beside the document: a flow's banner image, and the campaign rules that
 * look at when, from which account and to which prospects a message is sent.
 */
class RulesOnFilesTest {

	/** The rules this class breaks, so that {@link EveryRuleTest} can see every rule is covered. */
	static final Set<String> COVERED = Set.of("conversation-ad.banner", "inmail.send-timing", "inmail.inbox-conversations",
			"inmail.recipients", "message.recipients.first-degree", "connection-note.free-monthly", "inmail.credits",
			"connection-note.length.free-account", "message.personalization.gaps",
			"message.personalization.hidden-characters");

	private static final String HEADER = "firstName,lastName,jobTitle,companyName,industry";

	@TempDir
	Path dir;

	private List<Diagnostic> validate(String file) {
		return new FileValidator().validate(dir.resolve(file));
	}

	private List<String> ruleIds(String file) {
		return validate(file).stream().map(Diagnostic::ruleId).toList();
	}

	private void flowWithBanner(String banner) throws IOException {
		Documents.JSON.writeValue(dir.resolve("demo.flow.json").toFile(), Documents.flow().put("banner", banner));
	}

	@Test
	void bannerWithinTheLimitsPasses() throws IOException {
		Files.write(dir.resolve("ok.png"), png(300, 250));
		flowWithBanner("ok.png");
		assertEquals(List.of(), validate("demo.flow.json"));
	}

	@Test
	void bannerTooLargeInPixelsIsAnError() throws IOException {
		Files.write(dir.resolve("wide.jpg"), jpeg(600, 250));
		flowWithBanner("wide.jpg");
		Diagnostic d = validate("demo.flow.json").get(0);
		assertEquals("conversation-ad.banner", d.ruleId());
		assertEquals("The banner is 600×250 pixels; Conversation Ads allow 300×250", d.message());
		assertEquals("/banner", d.path());
	}

	@Test
	void bannerOfAnotherTypeOrMissingIsAnError() throws IOException {
		Files.writeString(dir.resolve("banner.gif"), "GIF89a....");
		flowWithBanner("banner.gif");
		assertEquals(List.of("conversation-ad.banner"), ruleIds("demo.flow.json"));
		flowWithBanner("gone.png");
		assertTrue(validate("demo.flow.json").get(0).message().contains("does not exist"));
	}

	@Test
	void bannerOverTwoMegabytesIsAnError() throws IOException {
		byte[] big = new byte[3 * 1024 * 1024];
		byte[] header = png(300, 250);
		System.arraycopy(header, 0, big, 0, header.length);
		Files.write(dir.resolve("big.png"), big);
		flowWithBanner("big.png");
		assertEquals("The banner is 3.0 MB; Conversation Ads allow 2.0 MB", validate("demo.flow.json").get(0).message());
	}

	@Test
	void inMailOutsideTuesdayToThursdayOrBusinessHoursIsAWarning() throws IOException {
		campaign("INMAIL", "\"schedule\": {\"start\": \"2026-12-01\", \"days\": [\"MONDAY\", \"TUESDAY\"], \"hours\": {\"from\": 7, \"until\": 17}}");
		List<Diagnostic> found = validate("c.campaign.json");
		assertEquals(List.of("inmail.send-timing", "inmail.send-timing"), found.stream().map(Diagnostic::ruleId).toList());
		assertEquals("InMails sent on Monday get fewer responses; send Tuesday to Thursday", found.get(0).message());
		campaign("INMAIL", "\"schedule\": {\"start\": \"2026-12-01\", \"days\": [\"TUESDAY\"], \"hours\": {\"from\": 9, \"until\": 17}}");
		assertEquals(List.of(), validate("c.campaign.json"));
	}

	@Test
	void moreThanFiveHundredInMailConversationsIsAWarning() throws IOException {
		prospects(501, "");
		campaign("INMAIL", "\"schedule\": {\"start\": \"2026-12-01\"}");
		assertEquals(List.of("inmail.inbox-conversations"), ruleIds("c.campaign.json"));
		prospects(500, "");
		assertEquals(List.of(), ruleIds("c.campaign.json"));
	}

	@Test
	void inMailsBeyondThePlansCreditsAreAnError() throws IOException {
		prospects(40, "");
		campaign("INMAIL", "\"inMailPlan\": \"PREMIUM_BUSINESS\", \"schedule\": {\"start\": \"2026-12-01\", \"end\": \"2027-01-31\"}");
		Diagnostic d = validate("c.campaign.json").get(0);
		assertEquals("inmail.credits", d.ruleId());
		assertEquals("/inMailPlan", d.path());
		assertEquals("The Premium Business plan refuses 9 of 40 InMails: month 1 plans 20 with 15 credits; "
				+ "spread the sends over more months or choose a larger plan", d.message());
		campaign("INMAIL", "\"inMailPlan\": \"SALES_NAVIGATOR_CORE\", \"schedule\": {\"start\": \"2026-12-01\", \"end\": \"2027-01-31\"}");
		assertEquals(List.of(), ruleIds("c.campaign.json"));
		campaign("INMAIL", "\"inMailPlan\": \"GOLD\"");
		assertEquals(List.of("inmail.credits"), ruleIds("c.campaign.json"));
		assertEquals("Unknown InMail plan \"GOLD\"; the rule set knows Premium Career, Premium Business, Sales Navigator Core, "
				+ "Recruiter Lite, Recruiter", validate("c.campaign.json").get(0).message());
	}

	@Test
	void inMailToAMemberWhoTurnedItOffIsAnError() throws IOException {
		Files.writeString(dir.resolve("p.prospects.csv"), HEADER + ",acceptsInMail\nAl,Bo,CEO,Acme,Retail,yes\nCy,Di,CTO,Beta,Retail,no\n");
		audience();
		campaign("INMAIL", "\"schedule\": {\"start\": \"2026-12-01\"}");
		Diagnostic d = validate("c.campaign.json").get(0);
		assertEquals("inmail.recipients", d.ruleId());
		assertTrue(d.message().startsWith("Row 2 (Cy Di) has turned InMail off"), d.message());
	}

	@Test
	void messagesGoToFirstDegreeConnectionsOnly() throws IOException {
		Files.writeString(dir.resolve("p.prospects.csv"), HEADER + ",connectionDegree\nAl,Bo,CEO,Acme,Retail,1\n"
				+ "Cy,Di,CTO,Beta,Retail,2\nEd,Fo,CFO,Gamma,Retail,3rd\n");
		audience();
		campaign("MESSAGE", "\"schedule\": {\"start\": \"2026-12-01\"}");
		Diagnostic d = validate("c.campaign.json").get(0);
		assertEquals("message.recipients.first-degree", d.ruleId());
		assertEquals("Row 2 (Cy Di) is not a 1st-degree connection, and 1 more; Messages to connections go to"
				+ " 1st-degree connections only", d.message());
	}

	@Test
	void freeAccountsSendFivePersonalizedNotesAMonth() throws IOException {
		prospects(11, "");
		campaign("CONNECTION_NOTE", "\"senderAccount\": \"FREE\", \"schedule\": {\"start\": \"2026-12-01\", \"end\": \"2027-01-31\"}");
		Diagnostic d = validate("c.campaign.json").get(0);
		assertEquals("connection-note.free-monthly", d.ruleId());
		assertEquals("A free account sends 5 personalized notes a month; this campaign plans 11 in 2 months", d.message());
		prospects(10, "");
		assertEquals(List.of(), validate("c.campaign.json"), "5 a month for two months");
		campaign("CONNECTION_NOTE", "\"senderAccount\": \"PREMIUM\", \"schedule\": {\"start\": \"2026-12-01\"}");
		prospects(11, "");
		assertEquals(List.of(), validate("c.campaign.json"));
	}

	@Test
	void aFreeAccountsConnectionNoteStopsAt200Characters() throws IOException {
		campaign("CONNECTION_NOTE", "\"senderAccount\": \"FREE\"");
		Documents.JSON.writeValue(dir.resolve("t.template.json").toFile(),
				Documents.with(Documents.template(MessageFormat.CONNECTION_NOTE), "/body", "x".repeat(250)));
		Diagnostic d = validate("t.template.json").get(0);
		assertEquals("connection-note.length.free-account", d.ruleId());
		assertEquals("Note is 250 characters; Connection notes from a free account allow 200", d.message());
		assertEquals(200, d.start(), "the characters past the limit are marked");
		campaign("CONNECTION_NOTE", "\"senderAccount\": \"PREMIUM\"");
		Documents.JSON.writeValue(dir.resolve("t.template.json").toFile(),
				Documents.with(Documents.template(MessageFormat.CONNECTION_NOTE), "/body", "x".repeat(250)));
		assertEquals(List.of(), validate("t.template.json"), "other accounts have 300");
	}

	@Test
	void aMacroEmptyForSomeProspectsIsAWarningThatShowsTheGap() throws IOException {
		StringBuilder csv = new StringBuilder(HEADER + "\n");
		for (int i = 0; i < 5000; i++) {
			csv.append(i % 500 == 7 ? "" : "Ann").append(",Lee,CEO,").append(i < 2 ? "" : "Acme").append(",Retail\n");
		}
		Files.writeString(dir.resolve("p.prospects.csv"), csv);
		Documents.JSON.writeValue(dir.resolve("t.template.json").toFile(), Documents.template(MessageFormat.MESSAGE_AD)
				.put("prospects", "p.prospects.csv").put("body", "Hi %FIRSTNAME%, %FIRSTNAME% at %COMPANYNAME% (%JOBTITLE%)."));
		List<Diagnostic> gaps = validate("t.template.json").stream()
				.filter(d -> d.ruleId().equals("message.personalization.gaps")).toList();
		assertEquals(List.of("%FIRSTNAME% is empty for 10 of 5,000 prospects; they will read \"Hi ,\"",
				"%COMPANYNAME% is empty for 2 of 5,000 prospects; they will read \"at \""),
				gaps.stream().map(Diagnostic::message).toList(), "one warning a macro, not one per use");
		assertEquals(3, gaps.get(0).start());
		assertEquals("/body", gaps.get(0).path());
	}

	@Test
	void aLineBreakOrADirectionOverrideInAValueIsAWarningBeforeItReachesTheSubject() throws IOException {
		Files.writeString(dir.resolve("p.prospects.csv"), "First Name,Last Name,Company\n\"Ada\nQuill\",Q,Acme\n"
				+ "Bo,\u202Egnirts,Beta\nCy,Do,Gamma\u0007 Labs\nDi,\u202Eevil,Delta\nEd,Fo,Epsilon\n");
		Documents.JSON.writeValue(dir.resolve("t.template.json").toFile(), Documents.template(MessageFormat.MESSAGE_AD)
				.put("prospects", "p.prospects.csv").put("subject", "%FIRSTNAME%, a question")
				.put("body", "Dear %FIRSTNAME% %LASTNAME% of %COMPANYNAME%, the %INDUSTRY% news."));
		List<Diagnostic> hidden = validate("t.template.json").stream()
				.filter(d -> d.ruleId().equals("message.personalization.hidden-characters")).toList();
		assertEquals(List.of("/subject %FIRSTNAME% holds a line break in p.prospects.csv, row 1; the message would show it as"
				+ " it is: correct the list",
				"/body %FIRSTNAME% holds a line break in p.prospects.csv, row 1; the message would show it as it is: correct the list",
				"/body %LASTNAME% holds a right-to-left override (U+202E) in p.prospects.csv, row 2 (and for 1 more prospect);"
						+ " the message would show it as it is: correct the list",
				"/body %COMPANYNAME% holds a control character (U+0007) in p.prospects.csv, row 3; the message would show it as"
						+ " it is: correct the list"),
				hidden.stream().map(d -> d.path() + " " + d.message()).toList());
		assertEquals(Severity.WARNING, hidden.get(0).severity());
		assertEquals(0, hidden.get(0).start());
	}

	private void prospects(int rows, String extra) throws IOException {
		StringBuilder csv = new StringBuilder(HEADER + "\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Name").append(i).append(",Surname,CEO,Acme,Retail").append(extra).append('\n');
		}
		Files.writeString(dir.resolve("p.prospects.csv"), csv);
		audience();
	}

	private void audience() throws IOException {
		Files.writeString(dir.resolve("a.audience.json"), "{\"schema\": \"parley.audience/1\", \"name\": \"a\", \"prospects\": \"p.prospects.csv\"}");
	}

	private void campaign(String format, String more) throws IOException {
		Files.writeString(dir.resolve("t.template.json"), "{\"schema\": \"parley.template/1\", \"format\": \"" + format + "\"}");
		Files.writeString(dir.resolve("b.budget.json"), "{\"schema\": \"parley.budget/1\", \"name\": \"b\", \"total\": 1,"
				+ " \"costPerSend\": {\"low\": 1, \"high\": 1}, \"start\": \"2026-12-01\", \"end\": \"2026-12-02\"}");
		if (!Files.exists(dir.resolve("a.audience.json"))) {
			Files.writeString(dir.resolve("a.audience.json"), "{\"schema\": \"parley.audience/1\", \"name\": \"a\"}");
		}
		Files.writeString(dir.resolve("c.campaign.json"), """
				{"schema": "parley.campaign/1", "name": "c", "format": "%s", "audience": "a.audience.json",
				 "content": "t.template.json", "budget": "b.budget.json", "sender": "Dana", %s}
				""".formatted(format, more));
	}

	/** The PNG signature and a header chunk: all a reader of the image's size looks at. */
	static byte[] png(int width, int height) {
		return ByteBuffer.allocate(33).putLong(0x89504E470D0A1A0AL).putInt(13).putInt(0x49484452).putInt(width)
				.putInt(height).array();
	}

	/** Start of image, an application segment, and a baseline start-of-frame. */
	static byte[] jpeg(int width, int height) {
		return ByteBuffer.allocate(40).putShort((short) 0xFFD8).putShort((short) 0xFFE0).putShort((short) 6)
				.putInt(0x4A464946).putShort((short) 0xFFC0).putShort((short) 17).put((byte) 8).putShort((short) height)
				.putShort((short) width).array();
	}
}
