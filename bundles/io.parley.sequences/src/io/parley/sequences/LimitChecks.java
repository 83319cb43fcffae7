package io.parley.sequences;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.rules.Rule;
import io.parley.sequences.plan.SequencePlan;

/** What LinkedIn lets a sender send: personalized notes a month, invitations a week, InMail credits. */
final class LimitChecks {

	private LimitChecks() {
	}

	/** A sender of the rule's kind of account sends at most {@code max} personalized notes a month. */
	static void notesPerMonth(Rule rule, SequenceContext context) {
		String account = context.sequence().senderAccount();
		if (!account.equalsIgnoreCase(rule.textParam("senderAccount"))) {
			return;
		}
		int max = rule.intParam("max");
		context.plan().ifPresent(plan -> plan.perMonth(Touch.CONNECTION_NOTE).entrySet().stream().filter(month -> month.getValue() > max)
				.findFirst().ifPresent(month -> context.report(rule, String.format(Locale.ROOT,
						"A %s account adds a personal note to %d connection requests a month; this plan sends %,d in %s",
						account.toLowerCase(Locale.ROOT), max, month.getValue(), name(month.getKey())), "/senderAccount")));
	}

	/** The sequence's own pace of invitations stays within the weekly limit the rule set plans with. */
	static void invitationsPerWeek(Rule rule, SequenceContext context) {
		int cap = (int) context.ruleSet().cap("weeklyInvitations");
		int pace = context.sequence().pace().invitationsPerWeek();
		if (pace > cap) {
			context.report(rule, "The pace of " + pace + " connection requests a week is above the " + cap
					+ " a week that keeps a sender clear of LinkedIn's invitation restrictions; the plan sends " + cap, "/pace/invitationsPerWeek");
		}
	}

	/** The sender's InMail plan has credits for the InMails the plan expects, month by month. */
	static void inMailCredits(Rule rule, SequenceContext context) {
		boolean sendsInMail = context.sequence().steps().stream().anyMatch(s -> s.touch() == Touch.INMAIL);
		if (!sendsInMail) {
			return;
		}
		String plan = context.sequence().inMailPlan();
		List<String> plans = InMailCreditLedger.plans(context.ruleSet());
		if (!plans.contains(plan)) {
			context.report(rule, (plan.isEmpty() ? "The sequence sends InMail but names no InMail plan" : "Unknown InMail plan \"" + plan + "\"")
					+ "; the rule set knows " + InMailCreditLedger.labels(context.ruleSet(), plans), "/inMailPlan");
			return;
		}
		context.plan().ifPresent(planned -> InMailCreditLedger.firstShortfall(planned.credits()).ifPresent(month -> context.report(rule,
				String.format(Locale.ROOT, "The %s plan has %,d credits in month %d of the sequence, which expects up to %,d InMails then; "
						+ "%,d would be refused: slow the pace or choose a larger plan", InMailCreditLedger.label(context.ruleSet(), plan),
						month.available(), month.month(), planned.inMails()[month.month() - 1], refused(planned)), "/inMailPlan")));
	}

	private static int refused(SequencePlan plan) {
		return plan.credits().stream().mapToInt(InMailCreditLedger.Month::refused).sum();
	}

	private static String name(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
	}

	static Map<String, SequenceCheck> all() {
		return Map.of("sequenceNotesPerMonth", LimitChecks::notesPerMonth, "sequenceInvitationsPerWeek", LimitChecks::invitationsPerWeek,
				"sequenceInMailCredits", LimitChecks::inMailCredits);
	}
}
