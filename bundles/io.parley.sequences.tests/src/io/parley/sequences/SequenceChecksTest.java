package io.parley.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.rules.Rule;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/** Each way of breaking a sequence gives its rule's finding, and seed 002's workflow gives none. */
class SequenceChecksTest {

	@TempDir
	Path folder;
	private Workspace workspace;

	@BeforeEach
	void setUp() throws IOException {
		workspace = new Workspace(folder);
	}

	@Test
	void seed002WorkflowHasNoProblem() throws IOException {
		assertEquals(List.of(), workspace.check(Workspace.seed002("")));
	}

	@Test
	void everySequenceRuleHasASourceAndACheck() {
		List<Rule> rules = Workspace.rules().rulesIn(SequenceValidator.SCOPE);
		assertEquals(12, rules.size(), rules.toString());
		for (Rule rule : rules) {
			assertTrue(SequenceChecks.byName(rule.check()).isPresent(), rule.id());
			assertTrue(!rule.source().isBlank() && !Workspace.rules().sourceTitles(rule).isBlank(), rule.id());
		}
	}

	@Test
	void aMessageBeforeAcceptanceIsAnError() throws IOException {
		String sequence = Workspace.seed002("").replace("\"outcome\": \"ACCEPTED\"", "\"outcome\": \"NOT_ACCEPTED\", \"afterDays\": 7");
		assertOnly("sequence.message.before-acceptance", Severity.ERROR, "/steps/1/follows", workspace.check(sequence));
	}

	@Test
	void inMailToAConnectionIsAWarning() throws IOException {
		String sequence = Workspace.seed002("").replace("\"follows\": {\"step\": \"invite\", \"outcome\": \"NOT_ACCEPTED\", \"afterDays\": 14}",
				"\"follows\": {\"step\": \"follow-up\", \"outcome\": \"NO_REPLY\", \"afterDays\": 7}");
		assertOnly("sequence.inmail.connected", Severity.WARNING, "/steps/2/touch", workspace.check(sequence));
	}

	@Test
	void twoSponsoredTouchesInsideTheFrequencyCapAreAnError() throws IOException {
		String sequence = """
				{"schema": "parley.sequence/1", "size": 100, "start": "2026-12-08", "steps": [
				 {"id": "ad", "touch": "MESSAGE_AD", "message": "webinar.template.json"},
				 {"id": "again", "touch": "MESSAGE_AD", "message": "webinar.template.json",
				  "follows": {"step": "ad", "outcome": "NO_REPLY", "afterDays": 30}},
				 {"id": "later", "touch": "MESSAGE_AD", "message": "webinar.template.json",
				  "follows": {"step": "ad", "outcome": "NO_REPLY", "afterDays": 45}}]}""";
		List<Diagnostic> found = workspace.check(sequence);
		assertOnly("sequence.sponsored.frequency-cap", Severity.ERROR, "/steps/1/waitDays", found);
		assertTrue(found.get(0).message().contains("30 days after"), found.get(0).message());
	}

	@Test
	void aNoteOverThreeHundredCharactersWithTheLongestNamesIsAnError() throws IOException {
		workspace.write("invite.template.json", """
				{"schema": "parley.template/1", "format": "CONNECTION_NOTE", "body": "Hi %FIRSTNAME% %LASTNAME%, %s"}"""
				.replace("%s", "x".repeat(250)));
		assertOnly("sequence.note.length", Severity.ERROR, "/steps/0/message", workspace.check(Workspace.seed002("")));
	}

	@Test
	void aFreeAccountsPersonalizedNotesBeyondFiveAMonthAreAWarning() throws IOException {
		String sequence = Workspace.seed002("").replace("\"PREMIUM\"", "\"FREE\"");
		List<Diagnostic> found = workspace.check(sequence);
		assertOnly("sequence.notes.free-monthly", Severity.WARNING, "/senderAccount", found);
		assertTrue(found.get(0).message().contains("December 2026"), found.get(0).message());
	}

	@Test
	void aPaceAboveTheWeeklyInvitationLimitIsAWarning() throws IOException {
		String sequence = Workspace.seed002(", \"pace\": {\"invitationsPerWeek\": 150}");
		assertOnly("sequence.invitations.weekly", Severity.WARNING, "/pace/invitationsPerWeek", workspace.check(sequence));
	}

	@Test
	void inMailStepsBeyondThePlansCreditsAreAnError() throws IOException {
		String sequence = Workspace.seed002("").replace("SALES_NAVIGATOR_CORE", "PREMIUM_CAREER");
		assertOnly("sequence.inmail.credits", Severity.ERROR, "/inMailPlan", workspace.check(sequence));
		String noPlan = Workspace.seed002("").replace("\"inMailPlan\": \"SALES_NAVIGATOR_CORE\"", "\"inMailPlan\": \"\"");
		assertOnly("sequence.inmail.credits", Severity.ERROR, "/inMailPlan", workspace.check(noPlan));
	}

	@Test
	void aStepAfterAMissingStepIsAnError() throws IOException {
		String sequence = Workspace.seed002("").replace("{\"step\": \"invite\", \"outcome\": \"ACCEPTED\"}",
				"{\"step\": \"invitation\", \"outcome\": \"ACCEPTED\"}");
		assertOnly("sequence.dangling", Severity.ERROR, "/steps/1/follows/step", workspace.check(sequence));
	}

	@Test
	void anOutcomeTheStepBeforeCannotHaveMakesTheStepUnreachable() throws IOException {
		String sequence = Workspace.seed002("").replace("\"outcome\": \"ACCEPTED\"", "\"outcome\": \"CLICKED\"");
		List<Diagnostic> found = workspace.check(sequence);
		assertTrue(found.stream().anyMatch(d -> d.ruleId().equals("sequence.unreachable") && d.path().equals("/steps/1/follows/outcome")), found.toString());
	}

	@Test
	void aLoopIsAnError() throws IOException {
		String sequence = """
				{"schema": "parley.sequence/1", "recipients": "connections", "steps": [
				 {"id": "hello", "touch": "MESSAGE", "message": "follow-up.template.json"},
				 {"id": "a", "touch": "MESSAGE", "message": "follow-up.template.json", "follows": {"step": "b", "outcome": "REPLIED"}},
				 {"id": "b", "touch": "MESSAGE", "message": "follow-up.template.json", "follows": {"step": "a", "outcome": "REPLIED"}}]}""";
		List<Diagnostic> found = workspace.check(sequence);
		assertOnly("sequence.cycle", Severity.ERROR, "/steps/1/follows", found);
		assertEquals("Steps \"b\" → \"a\" → \"b\" follow each other in a loop that nobody enters and nobody leaves", found.get(0).message());
	}

	@Test
	void waitingForAMissingAnswerWithoutDaysIsADeadEnd() throws IOException {
		String sequence = Workspace.seed002("").replace(", \"afterDays\": 14", "");
		assertOnly("sequence.dead-end", Severity.ERROR, "/steps/2/follows/afterDays", workspace.check(sequence));
	}

	@Test
	void aStepSendsAMessageOfItsFormat() throws IOException {
		String sequence = Workspace.seed002("").replace("\"message\": \"reach-out.template.json\"", "\"message\": \"follow-up.template.json\"");
		assertOnly("sequence.message", Severity.ERROR, "/steps/2/message", workspace.check(sequence));
		String missing = Workspace.seed002("").replace("reach-out.template.json", "gone.template.json");
		assertOnly("sequence.message", Severity.ERROR, "/steps/2/message", workspace.check(missing));
	}

	@Test
	void findingsCarryTheLineOfTheirStep() throws IOException {
		String sequence = Workspace.seed002("").replace(", \"afterDays\": 14", "");
		Diagnostic found = workspace.check(sequence).get(0);
		assertEquals(8, found.line(), found.toString());
	}

	private static void assertOnly(String ruleId, Severity severity, String path, List<Diagnostic> found) {
		assertEquals(1, found.size(), found.toString());
		assertEquals(ruleId, found.get(0).ruleId(), found.toString());
		assertEquals(severity, found.get(0).severity(), found.toString());
		assertEquals(path, found.get(0).path(), found.toString());
	}
}
