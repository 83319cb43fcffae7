package io.parley.model.forecast;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.RuleSet;

/**
 * The InMail plan a budget is planned against, saved in the budget as {@code "inmailPlan": {"plan",
 * "months", "inMailsPerMonth", "responseRatePercent"}} so the credit plan is reopened as it was left.
 * Each value is optional: a missing plan is the one of the campaign that uses the budget, the
 * response rate starts at {@link InMailCreditLedger#assumedReplyRate} (as the {@code inmail.credits}
 * rule assumes), and the plan at six months of 20 InMails.
 */
public record InMailPlanSettings(String plan, int months, int inMailsPerMonth, int responseRatePercent) {

	public static final String POINTER = "/inmailPlan";
	public static final String PLAN = POINTER + "/plan";
	public static final String MONTHS = POINTER + "/months";
	public static final String IN_MAILS_PER_MONTH = POINTER + "/inMailsPerMonth";
	public static final String RESPONSE_RATE_PERCENT = POINTER + "/responseRatePercent";
	/** The longest plan the calculator simulates: three years of monthly credits. */
	public static final int MAX_MONTHS = 36;

	private static final int DEFAULT_MONTHS = 6;
	private static final int DEFAULT_IN_MAILS_PER_MONTH = 20;

	/** The settings saved in {@code budget}, read from {@code budgetFile}, with the defaults for what it leaves out. */
	public static InMailPlanSettings of(JsonNode budget, Path budgetFile, RuleSet rules) {
		String campaignPlan = BudgetUse.all(budgetFile).stream().map(BudgetUse::inMailPlan).filter(p -> !p.isEmpty()).findFirst().orElse("");
		JsonNode saved = budget.path("inmailPlan");
		int lowReplyPercent = (int) Math.round(InMailCreditLedger.assumedReplyRate(rules) * 100);
		String defaultPlan = campaignPlan.isEmpty() ? InMailCreditLedger.plans(rules).get(0) : campaignPlan;
		return new InMailPlanSettings(saved.path("plan").asText(defaultPlan), saved.path("months").asInt(DEFAULT_MONTHS),
				saved.path("inMailsPerMonth").asInt(DEFAULT_IN_MAILS_PER_MONTH),
				saved.path("responseRatePercent").asInt(lowReplyPercent));
	}

	/** What keeps these settings from being simulated, each with the pointer of its value; empty when nothing does. */
	public Map<String, String> problems(RuleSet rules) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<String> plans = InMailCreditLedger.plans(rules);
		if (!plans.contains(plan)) {
			problems.put(PLAN, "Unknown InMail plan \"" + plan + "\"; the rule set knows " + InMailCreditLedger.labels(rules, plans));
		}
		if (months < 1 || months > MAX_MONTHS) {
			problems.put(MONTHS, "The InMail plan runs 1 to " + MAX_MONTHS + " months, not " + months);
		}
		if (inMailsPerMonth < 0) {
			problems.put(IN_MAILS_PER_MONTH, "InMails per month cannot be negative");
		}
		if (responseRatePercent < 0 || responseRatePercent > 100) {
			problems.put(RESPONSE_RATE_PERCENT, "A response rate is 0 to 100%, not " + responseRatePercent + "%");
		}
		return problems;
	}

	/** Credits month by month for the same number of InMails planned each month. */
	public List<InMailCreditLedger.Month> simulate(RuleSet rules) {
		int[] planned = new int[months];
		Arrays.fill(planned, inMailsPerMonth);
		return new InMailCreditLedger(rules, plan).simulate(planned, responseRatePercent / 100.0);
	}
}
