package io.parley.model.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.RuleSet;

/**
 * InMail credits month by month: each month adds the plan's allotment, the balance never exceeds
 * the rollover cap, a credit rolls over for {@code creditRolloverMonths} months and then lapses
 * (seed 003: 3; a credit of month 1 is still there in month 4, not in month 5, which is how a plan
 * with 30 a month reaches LinkedIn Help's 120 cap), and a credit comes back the month after an
 * InMail is answered (LinkedIn refunds responses within 90 days). Whether a declined InMail is refunded too is the rule set's
 * {@code inMailRefundsDeclines}: seed 002 says no, LinkedIn Help 75 says yes. Sends beyond the
 * balance are refused, which is what the plan has to show before a campaign relies on them.
 */
public final class InMailCreditLedger {

	/** One month of the plan. */
	public record Month(int month, int allotted, int refunded, int available, int sent, int refused, int balance) {
	}

	private final String plan;
	private final int monthly;
	private final int rolloverCap;
	private final boolean refundsDeclines;
	private final int rolloverMonths;

	public InMailCreditLedger(RuleSet ruleSet, String plan) {
		JsonNode limits = ruleSet.caps().path("inMailPlans").path(plan);
		if (limits.isMissingNode()) {
			throw new IllegalArgumentException("Unknown InMail plan " + plan + "; known: " + plans(ruleSet));
		}
		this.plan = plan;
		this.monthly = limits.path("monthly").asInt();
		this.rolloverCap = limits.path("rolloverCap").asInt();
		this.refundsDeclines = ruleSet.caps().path("inMailRefundsDeclines").asBoolean(false);
		// A rule set that names no expiry lets credits wait until the rollover cap alone stops them.
		this.rolloverMonths = ruleSet.caps().path("creditRolloverMonths").asInt(Integer.MAX_VALUE - 1);
	}

	public static List<String> plans(RuleSet ruleSet) {
		List<String> plans = new ArrayList<>();
		ruleSet.caps().path("inMailPlans").fieldNames().forEachRemaining(plans::add);
		return plans;
	}

	/**
	 * The plan as people call it ("Premium Career"), from the rule set; a plan the rule set gives no
	 * label is named by its id in words ("SALES_NAVIGATOR_CORE" reads "Sales Navigator Core").
	 */
	public static String label(RuleSet ruleSet, String plan) {
		String label = ruleSet.caps().path("inMailPlans").path(plan).path("label").asText("");
		return label.isEmpty() ? inWords(plan) : label;
	}

	/** The labels of {@code plans}, joined for a sentence: "Premium Career, Premium Business". */
	public static String labels(RuleSet ruleSet, List<String> plans) {
		return String.join(", ", plans.stream().map(plan -> label(ruleSet, plan)).toList());
	}

	private static String inWords(String id) {
		return Arrays.stream(id.toLowerCase(Locale.ROOT).split("_+")).filter(word -> !word.isEmpty())
				.map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining(" "));
	}

	public String plan() {
		return plan;
	}

	/** Simulates {@code planned.length} months of sends at an expected response rate. */
	public List<Month> simulate(int[] planned, double responseRate) {
		return simulate(planned, responseRate, 0);
	}

	/**
	 * Simulates {@code planned.length} months of sends at expected response and decline rates; the
	 * declines are refunded only where the rule set says LinkedIn does.
	 */
	public List<Month> simulate(int[] planned, double responseRate, double declineRate) {
		double refundRate = responseRate + (refundsDeclines ? declineRate : 0);
		List<Month> months = new ArrayList<>();
		int[] held = new int[planned.length];
		int balance = 0;
		int oldest = 0;
		int refund = 0;
		double expectedReplies = 0;
		for (int m = 0; m < planned.length; m++) {
			int lapsing = m - rolloverMonths - 1;
			if (lapsing >= 0) {
				balance -= held[lapsing];
				held[lapsing] = 0;
			}
			held[m] = Math.min(monthly + refund, rolloverCap - balance);
			int available = balance + held[m];
			int sent = Math.min(planned[m], available);
			oldest = spendOldestFirst(held, oldest, m, sent);
			balance = available - sent;
			months.add(new Month(m + 1, monthly, refund, available, sent, planned[m] - sent, balance));
			// Whole refunds only, with the fraction carried on: 5 sends a month at 15% earn one every other month or so, not none.
			expectedReplies += sent * refundRate;
			refund = (int) Math.floor(expectedReplies + 1e-9);
			expectedReplies -= refund;
		}
		return months;
	}

	/**
	 * Sends use the credits closest to lapsing first, as LinkedIn spends them. Months before
	 * {@code oldest} hold nothing any more; returns the oldest month that may still hold credits,
	 * so a plan of any length is simulated in one pass.
	 */
	private static int spendOldestFirst(int[] held, int oldest, int month, int sent) {
		int g = oldest;
		int left = sent;
		for (; g <= month && left > 0; g++) {
			int used = Math.min(held[g], left);
			held[g] -= used;
			left -= used;
			if (held[g] > 0) {
				break;
			}
		}
		while (g < month && held[g] == 0) {
			g++;
		}
		return g;
	}

	/**
	 * The reply rate a credit plan assumes when nobody says: the rule set's low InMail benchmark,
	 * so the refunds it counts on are ones a campaign can expect.
	 */
	public static double assumedReplyRate(RuleSet ruleSet) {
		return ruleSet.benchmark("replyRate/INMAIL/low").asDouble(0);
	}

	/** The first month in which a planned send would be refused. */
	public static Optional<Month> firstShortfall(List<Month> months) {
		return months.stream().filter(month -> month.refused() > 0).findFirst();
	}
}
