package io.parley.model.validation.checks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.files.Prospect;
import io.parley.model.forecast.CampaignSchedule;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.DocumentFacts;

/**
 * Rules only a campaign can break, because only it knows when, from which account and to whom a
 * message goes: send timing, recipients the format cannot reach, and limits on how many people a
 * sender can message. Prospect lists are streamed, and these checks share one pass over the list
 * ({@link io.parley.model.validation.ProspectListFacts}).
 */
public final class CampaignRuleChecks {

	private CampaignRuleChecks() {
	}

	/** The schedule's {@code days} and {@code hours} stay inside the rule's preferred days and hours. */
	public static void sendTiming(Rule rule, CheckContext context) {
		JsonNode schedule = context.root().path("schedule");
		List<String> preferred = rule.listParam("days");
		List<String> others = new ArrayList<>();
		schedule.path("days").forEach(day -> {
			if (!preferred.contains(day.asText().toUpperCase(Locale.ROOT))) {
				others.add(dayName(day.asText()));
			}
		});
		String preferredDays = dayName(preferred.get(0)) + " to " + dayName(preferred.get(preferred.size() - 1));
		if (!others.isEmpty()) {
			context.report(rule, context.format().plural() + " sent on " + String.join(", ", others)
					+ " get fewer responses; send " + preferredDays, "/schedule/days");
		}
		JsonNode hours = schedule.path("hours");
		int from = rule.intParam("from");
		int until = rule.intParam("until");
		if (hours.isObject() && (hours.path("from").asInt(from) < from || hours.path("until").asInt(until) > until)) {
			context.report(rule, "Sending from " + hours.path("from").asInt(from) + ":00 to " + hours.path("until").asInt(until)
					+ ":00 leaves business hours; " + context.format().plural() + " do best " + from + ":00-" + until + ":00, "
					+ preferredDays, "/schedule/hours");
		}
	}

	/** The campaign's prospect list is no longer than the rule's maximum (InMail's 500 open conversations). */
	public static void maxProspects(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		DocumentFacts.campaignProspectFacts(context).ifPresent(list -> {
			long count = list.people();
			if (count > max) {
				context.report(rule, String.format(Locale.ROOT, "The prospect list has %,d people; %s", count,
						rule.textParam("hint").replace("{max}", String.format(Locale.ROOT, "%,d", max))), "/audience");
			}
		});
	}

	/**
	 * Every prospect's {@code column} holds an {@code allowed} value (or no {@code refused} one), e.g.
	 * {@code connectionDegree} 1 for messages to connections. A list without the column cannot say, so
	 * it passes: the column is optional in the file contract.
	 */
	public static void prospectColumn(Rule rule, CheckContext context) {
		DocumentFacts.campaignProspectFacts(context).flatMap(list -> list.refusedBy(rule)).ifPresent(refused -> context.report(rule, "Row "
				+ refused.first().row() + " (" + name(refused.first()) + ") " + rule.textParam("problem")
				+ (refused.people() > 1 ? ", and " + (refused.people() - 1) + " more" : "") + "; " + context.format().plural() + " "
				+ rule.textParam("hint"), "/audience"));
	}

	/** A sender whose account is of the rule's kind sends at most {@code max} of these a month. */
	public static void monthlyLimit(Rule rule, CheckContext context) {
		String account = context.root().path("senderAccount").asText("");
		if (!account.equalsIgnoreCase(rule.textParam("senderAccount"))) {
			return;
		}
		int max = rule.intParam("max");
		long months = months(context.root().path("schedule"));
		DocumentFacts.campaignProspectFacts(context).ifPresent(list -> {
			long planned = list.people();
			if (planned > max * months) {
				context.report(rule, "A " + account.toLowerCase(Locale.ROOT) + " account sends " + max + " "
						+ rule.label().toLowerCase(Locale.ROOT) + " a month; this campaign plans " + planned + " in "
						+ months + (months == 1 ? " month" : " months"), "/senderAccount");
			}
		});
	}

	/**
	 * The named InMail plan has credits for the campaign's InMails, sent evenly over the schedule's
	 * months, with replies refunding credits at the rule set's low reply rate (the cautious case).
	 */
	public static void inMailCredits(Rule rule, CheckContext context) {
		String plan = context.root().path("inMailPlan").asText("");
		if (plan.isEmpty()) {
			return;
		}
		RuleSet ruleSet = DocumentFacts.ruleSet(context);
		if (!InMailCreditLedger.plans(ruleSet).contains(plan)) {
			context.report(rule, "Unknown InMail plan \"" + plan + "\"; the rule set knows "
					+ InMailCreditLedger.labels(ruleSet, InMailCreditLedger.plans(ruleSet)), "/inMailPlan");
			return;
		}
		DocumentFacts.campaignProspectFacts(context).ifPresent(list -> {
			long people = list.people();
			CampaignSchedule schedule = CampaignSchedule.of(context.root().path("schedule"), LocalDate.now());
			int[] planned = schedule.spread(people);
			List<InMailCreditLedger.Month> ledger = schedule.inMailLedger(ruleSet, plan, people);
			InMailCreditLedger.firstShortfall(ledger).ifPresent(first -> context.report(rule, String.format(Locale.ROOT,
					"The %s plan refuses %,d of %,d InMails: month %d plans %,d with %,d credits; spread the sends over more months or choose a larger plan",
					InMailCreditLedger.label(ruleSet, plan), ledger.stream().mapToInt(InMailCreditLedger.Month::refused).sum(), people, first.month(),
					planned[first.month() - 1], first.available()), "/inMailPlan"));
		});
	}

	/** Calendar months the schedule touches; one when it names no dates. */
	private static long months(JsonNode schedule) {
		try {
			LocalDate start = LocalDate.parse(schedule.path("start").asText(""));
			LocalDate end = LocalDate.parse(schedule.path("end").asText(""));
			return Math.max(1, ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1);
		} catch (DateTimeParseException e) {
			return 1;
		}
	}

	private static String name(Prospect prospect) {
		return (prospect.value("firstName") + " " + prospect.value("lastName")).strip();
	}

	private static String dayName(String day) {
		String lower = day.toLowerCase(Locale.ROOT);
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}
