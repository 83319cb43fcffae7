package io.parley.sequences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;

/** A campaign folder with seed 002's messages, for sequences to name, and the default rule set with the contributed sequence rules. */
final class Workspace {

	private final Path folder;

	Workspace(Path folder) throws IOException {
		this.folder = folder;
		write("invite.template.json", """
				{"schema": "parley.template/1", "name": "Invite", "format": "CONNECTION_NOTE",
				 "body": "Hi %FIRSTNAME%, I enjoyed your talk on outbound at SaaStr. Would be glad to connect."}""");
		write("follow-up.template.json", """
				{"schema": "parley.template/1", "name": "Follow-up", "format": "MESSAGE",
				 "body": "Thanks for connecting, %FIRSTNAME%. Worth a 15-minute chat this week about %COMPANYNAME%'s outbound?"}""");
		write("reach-out.template.json", """
				{"schema": "parley.template/1", "name": "Reach out", "format": "INMAIL", "sender": "Dana Lee",
				 "subject": "Your talk on outbound at SaaStr", "body": "Hi %FIRSTNAME%, a question about your GTM approach. Worth a chat?"}""");
		write("webinar.template.json", """
				{"schema": "parley.template/1", "name": "Webinar", "format": "MESSAGE_AD", "sender": "Dana Lee",
				 "subject": "Join our webinar", "body": "Hi %FIRSTNAME%, join us.", "cta": {"text": "Register", "url": "https://example.com"}}""");
	}

	/** The default set as the studio has it, with the rules plugins contribute (the core bundle adds them as it starts). */
	static RuleSet rules() {
		return ActiveRuleSet.get();
	}

	Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}

	/** Seed 002's workflow: note, message after acceptance, InMail to those who did not accept in 14 days. */
	static String seed002(String extra) {
		return """
				{"schema": "parley.sequence/1", "name": "Seed 002", "size": 50, "start": "2026-12-08",
				 "senderAccount": "PREMIUM", "inMailPlan": "SALES_NAVIGATOR_CORE" %s,
				 "steps": [
				  {"id": "invite", "touch": "CONNECTION_NOTE", "message": "invite.template.json"},
				  {"id": "follow-up", "touch": "MESSAGE", "message": "follow-up.template.json",
				   "follows": {"step": "invite", "outcome": "ACCEPTED"}, "waitDays": 1},
				  {"id": "reach-out", "touch": "INMAIL", "message": "reach-out.template.json",
				   "follows": {"step": "invite", "outcome": "NOT_ACCEPTED", "afterDays": 14}}
				 ]}""".formatted(extra);
	}

	List<Diagnostic> check(String sequence) throws IOException {
		return new SequenceValidator(rules()).validate(write("outreach.sequence.json", sequence));
	}
}
