package io.parley.model.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.parley.model.rules.RuleSet;
import io.parley.model.validation.RuleCatalog;

/** A credit plan takes time in proportion to its months, and says what the month-by-month rules say. */
class CreditPlanScaleTest {

	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	/**
	 * Counted in this thread's CPU time, which other work on the machine does not stretch: counting
	 * every credit afresh each month took about 9 s for 100,000 months, so a million took minutes.
	 */
	@Test
	void aMillionMonthsArePlannedInAboutASecond() {
		int[] planned = new int[1_000_000];
		Arrays.fill(planned, 1_000_000_000);
		InMailCreditLedger ledger = new InMailCreditLedger(rules, "RECRUITER");
		ledger.simulate(new int[1000], 0.1);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		List<InMailCreditLedger.Month> months = ledger.simulate(planned, 0.1);
		long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
		assertEquals(1_000_000, months.size());
		assertTrue(millis < 3000, "a million months took " + millis + " ms of CPU");
	}

	@Test
	void randomPlansGiveWhatCountingEveryCreditGives() {
		Random random = new Random(18);
		for (String plan : InMailCreditLedger.plans(rules)) {
			for (int round = 0; round < 50; round++) {
				int[] planned = random.ints(1 + random.nextInt(40), 0, 200).toArray();
				double rate = random.nextDouble() * 0.5;
				assertEquals(byEveryCredit(plan, planned, rate), new InMailCreditLedger(rules, plan).simulate(planned, rate),
						plan + " " + Arrays.toString(planned) + " at " + rate);
			}
		}
	}

	/** The ledger as the rules read: each month's balance counted afresh, credits spent oldest first. */
	private List<InMailCreditLedger.Month> byEveryCredit(String plan, int[] planned, double responseRate) {
		int monthly = rules.caps().path("inMailPlans").path(plan).path("monthly").asInt();
		int cap = rules.caps().path("inMailPlans").path(plan).path("rolloverCap").asInt();
		int rollover = rules.caps().path("creditRolloverMonths").asInt(Integer.MAX_VALUE - 1);
		double refundRate = responseRate;
		List<InMailCreditLedger.Month> months = new ArrayList<>();
		int[] held = new int[planned.length];
		int refund = 0;
		double replies = 0;
		for (int m = 0; m < planned.length; m++) {
			if (m - rollover - 1 >= 0) {
				held[m - rollover - 1] = 0;
			}
			int balance = Arrays.stream(held, 0, m).sum();
			held[m] = Math.min(monthly + refund, cap - balance);
			int available = balance + held[m];
			int sent = Math.min(planned[m], available);
			for (int g = 0, left = sent; g <= m && left > 0; g++) {
				int used = Math.min(held[g], left);
				held[g] -= used;
				left -= used;
			}
			months.add(new InMailCreditLedger.Month(m + 1, monthly, refund, available, sent, planned[m] - sent, available - sent));
			replies += sent * refundRate;
			refund = (int) Math.floor(replies + 1e-9);
			replies -= refund;
		}
		return months;
	}
}
