package io.parley.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The validation benchmarks timed in CPU time of the measuring thread rather than wall time: on a
 * shared machine whose cores are busy with other work, JMH's wall-clock figures swing several-fold
 * between runs, while the CPU time a validation costs stays within a few percent. Run with
 * {@code java -cp releng/benchmarks/target/benchmarks.jar io.parley.benchmarks.CpuTime}.
 */
public final class CpuTime {

	private static final int ROUNDS = 7;
	private static volatile Object sink;

	private CpuTime() {
	}

	public static void main(String[] args) {
		ValidationBenchmark benchmark = new ValidationBenchmark();
		benchmark.setUp();
		report("messageAd500", benchmark::messageAd500, 20_000);
		report("flow100x8000", benchmark::flow100x8000, 20);
	}

	/** Warms up, then prints the best and the mean of {@link #ROUNDS} rounds of {@code batch} calls. */
	private static void report(String name, Supplier<Object> validation, int batch) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < batch * 20; i++) {
			sink = validation.get();
		}
		double best = Double.MAX_VALUE;
		double sum = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < batch; i++) {
				sink = validation.get();
			}
			double nanos = (threads.getCurrentThreadCpuTime() - start) / (double) batch;
			best = Math.min(best, nanos);
			sum += nanos;
		}
		System.out.printf("%s: best %,.0f ns of CPU time per validation (%,.0f per second), mean %,.0f ns%n", name, best,
				1e9 / best, sum / ROUNDS);
	}
}
