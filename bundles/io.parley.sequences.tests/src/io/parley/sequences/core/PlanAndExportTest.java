package io.parley.sequences.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;

import io.parley.core.headless.CommandApplication;
import io.parley.core.headless.ExportApplication;

/** {@code parley plan} and {@code parley export --to sequence} on seed 002's workflow, as a person runs them. */
class PlanAndExportTest {

	@TempDir
	Path folder;
	private Path sequence;

	@BeforeEach
	void setUp() throws IOException {
		Files.writeString(folder.resolve("invite.template.json"), """
				{"schema": "parley.template/1", "format": "CONNECTION_NOTE", "body": "Hi %FIRSTNAME%, glad to connect; about %COMPANYNAME%."}""");
		Files.writeString(folder.resolve("follow-up.template.json"), """
				{"schema": "parley.template/1", "format": "MESSAGE", "body": "Thanks for connecting, %FIRSTNAME%."}""");
		Files.writeString(folder.resolve("reach-out.template.json"), """
				{"schema": "parley.template/1", "format": "INMAIL", "sender": "Dana Lee", "subject": "A question, %FIRSTNAME%", "body": "Hi %FIRSTNAME%, worth a chat?"}""");
		Files.writeString(folder.resolve("people.prospects.csv"), """
				firstName,lastName,jobTitle,companyName
				Sarah,Johnson,VP Marketing,"Acme, Inc."
				Omar,Haddad,CMO,Globex
				Lena,Fischer,Head of Growth,Initech
				""");
		sequence = Files.writeString(folder.resolve("outreach.sequence.json"), """
				{"schema": "parley.sequence/1", "name": "Seed 002, by hand", "prospects": "people.prospects.csv", "start": "2026-12-08",
				 "senderAccount": "PREMIUM", "inMailPlan": "PREMIUM_BUSINESS",
				 "steps": [
				  {"id": "invite", "touch": "CONNECTION_NOTE", "message": "invite.template.json"},
				  {"id": "follow-up", "touch": "MESSAGE", "message": "follow-up.template.json",
				   "follows": {"step": "invite", "outcome": "ACCEPTED"}, "waitDays": 1},
				  {"id": "reach-out", "touch": "INMAIL", "message": "reach-out.template.json",
				   "follows": {"step": "invite", "outcome": "NOT_ACCEPTED", "afterDays": 14}},
				  {"id": "call", "touch": "TASK", "task": "Sales call", "follows": {"step": "follow-up", "outcome": "REPLIED"}, "waitDays": 2}
				 ]}""");
	}

	@Test
	void planPrintsRangesAndADayByDayCalendar() {
		Output output = new Output();
		assertEquals(0, CommandApplication.run(new String[] { "plan", sequence.toString(), "--size", "300" }, output.out, output.err), output.toString());
		String text = output.out();
		assertTrue(text.contains("Seed 002, by hand: 300 people from 2026-12-08"), text);
		assertTrue(text.matches("(?s).*follow-up\\s+1st-degree message\\s+day 1, if accepted\\s+60-120.*"), text);
		assertTrue(text.matches("(?s).*reach-out\\s+InMail\\s+day 14, if not accepted after 14 days\\s+180-240.*"), text);
		assertTrue(text.contains("2026-12-08 Tue  invite 20"), text);
		assertTrue(text.matches("(?s).*\n  Accepted, then replied: invite, follow-up, call, \\d+-\\d+\n.*"), text);
		assertTrue(text.contains("\n  Not accepted after 14 days: invite, reach-out, 180-240\n"), text);
	}

	@Test
	void planAsJsonHasTheSameTotals() throws IOException {
		Output output = new Output();
		assertEquals(0, CommandApplication.run(new String[] { "plan", sequence.toString(), "--size", "300", "--start", "2026-12-07", "--format", "json" },
				output.out, output.err), output.toString());
		JsonNode plan = new ObjectMapper().readTree(output.out());
		assertEquals("2026-12-07", plan.path("start").asText());
		assertEquals(60, plan.at("/steps/1/people/low").asInt());
		assertEquals(120, plan.at("/steps/1/people/high").asInt());
		int touches = 0;
		for (JsonNode day : plan.path("days")) {
			for (JsonNode count : day.path("touches")) {
				touches += count.asInt();
			}
		}
		assertEquals(1200, touches);
		assertEquals("Not accepted after 14 days", plan.at("/paths/1/label").asText());
		assertEquals("[\"invite\",\"reach-out\"]", plan.at("/paths/1/steps").toString());
		assertEquals(240, plan.at("/paths/1/people/high").asInt());
		assertEquals("Premium Business", plan.at("/inMailCredits/label").asText());
	}

	@Test
	void aWorkspacesOwnWeeklyInvitationLimitPacesThePlanItsCheckAndTheExport() throws IOException {
		Files.writeString(folder.resolve("parley.rules.json"), "{\"caps\": {\"weeklyInvitations\": 2}}");
		Output output = new Output();
		assertEquals(0, CommandApplication.run(new String[] { "plan", sequence.toString() }, output.out, output.err), output.toString());
		String text = output.out();
		assertTrue(text.contains("2026-12-08 Tue  invite 1\n"), text);
		assertTrue(text.contains("2026-12-09 Wed  invite 1,"), text);
		assertTrue(text.contains("2026-12-14 Mon  invite 1"), "two a week, the third the next Monday: " + text);

		Path out = folder.resolve("out");
		assertEquals(0, ExportApplication.run(new String[] { sequence.toString(), "--to", "sequence", "--out", out.toString() }, output.out, output.err),
				output.toString());
		List<String> rows = Files.readAllLines(out.resolve("outreach.tasks.csv"), StandardCharsets.UTF_8);
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("\"2026-12-14\",\"Lena Fischer\",\"invite\"")), rows.toString());

		Files.writeString(sequence, Files.readString(sequence).replace("\"steps\"", "\"pace\": {\"invitationsPerWeek\": 3}, \"steps\""));
		assertTrue(new SequenceDocumentValidator().validate(sequence).stream()
				.anyMatch(d -> d.ruleId().equals("sequence.invitations.weekly") && d.message().contains("above the 2 a week")),
				"the check follows the workspace's limit too");
	}

	@Test
	void planRefusesWhatItCannotRead() {
		Output output = new Output();
		assertEquals(2, CommandApplication.run(new String[] { "plan", sequence.toString(), "--size", "ten" }, output.out, output.err));
		assertTrue(output.err().contains("--size is a number of people, not ten"), output.toString());
		assertEquals(2, CommandApplication.run(new String[] { "plan", folder.resolve("gone.sequence.json").toString() }, output.out, output.err));
		assertEquals(2, CommandApplication.run(new String[] { "plans" }, output.out, output.err));
		assertTrue(output.err().contains("unknown command 'plans'") && output.err().contains("plan "), output.toString());
	}

	@Test
	void exportWritesEachDaysTasksWithRenderedMessagesAndACalendarAParserReads() throws IOException {
		Path out = folder.resolve("out");
		Output output = new Output();
		assertEquals(0, ExportApplication.run(new String[] { sequence.toString(), "--to", "sequence", "--out", out.toString() }, output.out, output.err),
				output.toString());
		List<String> rows = Files.readAllLines(out.resolve("outreach.tasks.csv"), StandardCharsets.UTF_8);
		assertEquals("date,person,step,touch,condition,subject,message", rows.get(0));
		assertEquals(1 + 3 * 4, rows.size(), rows.toString());
		assertEquals("\"2026-12-08\",\"Sarah Johnson\",\"invite\",\"Connection note\",\"\",\"\",\"Hi Sarah, glad to connect; about Acme, Inc..\"", rows.get(1));
		assertTrue(rows.contains("\"2026-12-22\",\"Sarah Johnson\",\"reach-out\",\"InMail\",\"if not accepted after 14 days\",\"A question, Sarah\",\"Hi Sarah, worth a chat?\""),
				rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.contains("\"Sales call\",\"if replied\",\"\",\"Sales call\"")), rows.toString());

		List<List<ParseWarning>> warnings = new ArrayList<>();
		List<ICalendar> calendars = Biweekly.parse(out.resolve("outreach.ics").toFile()).warnings(warnings).all();
		assertEquals(1, calendars.size());
		assertTrue(warnings.stream().allMatch(List::isEmpty), warnings.toString());
		List<VEvent> events = calendars.get(0).getEvents();
		assertTrue(events.size() >= 3, events.toString());
		VEvent first = events.get(0);
		assertEquals("Seed 002, by hand: 3 Connection note", first.getSummary().getValue());
		assertTrue(!first.getDateStart().getValue().hasTime());
		assertEquals(LocalDate.of(2026, 12, 8), LocalDate.ofInstant(first.getDateStart().getValue().toInstant(), java.time.ZoneId.systemDefault()));
		assertTrue(calendars.get(0).validate(biweekly.ICalVersion.V2_0).isEmpty(), calendars.get(0).validate(biweekly.ICalVersion.V2_0).toString());
	}

	@Test
	void theCampaignExportersRefuseASequenceAndNameTheOneThatTakesIt() {
		Output output = new Output();
		assertEquals(2, ExportApplication.run(new String[] { sequence.toString(), "--to", "csv", "--out", folder.resolve("o").toString() },
				output.out, output.err));
		assertTrue(output.err().contains("writes campaign documents, not outreach.sequence.json; for a sequence: sequence"), output.toString());
	}

	@Test
	void aSponsoredStepsCampaignGoesThroughTheMarketingApiExporter() throws IOException {
		io.parley.core.workspace.SampleCampaigns.copyTo(folder);
		Path withAd = Files.writeString(folder.resolve("webinar.sequence.json"), """
				{"schema": "parley.sequence/1", "name": "Webinar", "size": 10, "start": "2026-12-08", "recipients": "connections",
				 "steps": [
				  {"id": "ad", "touch": "MESSAGE_AD", "message": "webinar-invitation.template.json", "campaign": "webinar-q4.campaign.json"},
				  {"id": "nudge", "touch": "MESSAGE", "message": "follow-up.template.json", "follows": {"step": "ad", "outcome": "NO_REPLY", "afterDays": 7}}
				 ]}""");
		Path out = folder.resolve("out-ad");
		Output output = new Output();
		assertEquals(0, ExportApplication.run(new String[] { withAd.toString(), "--to", "sequence", "--out", out.toString() }, output.out, output.err),
				output.toString());
		try (var files = Files.list(out.resolve("sponsored").resolve("ad"))) {
			assertTrue(files.findAny().isPresent(), "the Marketing API files of the ad's campaign");
		}
		List<String> rows = Files.readAllLines(out.resolve("webinar.tasks.csv"), StandardCharsets.UTF_8);
		assertEquals(1 + 10, rows.size(), "only the hand-sent message is a task: " + rows);
	}

	/** What a command printed. */
	private static final class Output {
		final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
		final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

		String out() {
			return outBytes.toString(StandardCharsets.UTF_8);
		}

		String err() {
			return errBytes.toString(StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return out() + err();
		}
	}
}
