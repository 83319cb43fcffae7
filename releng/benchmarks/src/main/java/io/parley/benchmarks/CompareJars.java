package io.parley.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares the validation benchmarks of two or more builds of this jar in one JVM: each jar gets
 * its own class loader, and their rounds take turns, so load from other work on the machine falls
 * on all of them alike. Prints the best and the median CPU time per validation of each. Run as
 * {@code java -cp benchmarks.jar io.parley.benchmarks.CompareJars before.jar after.jar}.
 */
public final class CompareJars {

	private static final int WARM_UP_BATCHES = 20;
	private static volatile Object sink;

	private CompareJars() {
	}

	public static void main(String[] jars) throws Exception {
		if (jars.length < 2) {
			System.err.println("Usage: CompareJars BENCHMARKS.jar BENCHMARKS.jar...");
			System.exit(2);
		}
		Object[] benchmarks = new Object[jars.length];
		for (int i = 0; i < jars.length; i++) {
			ClassLoader loader = new URLClassLoader(new URL[] { Path.of(jars[i]).toUri().toURL() },
					ClassLoader.getPlatformClassLoader());
			Class<?> type = loader.loadClass(ValidationBenchmark.class.getName());
			benchmarks[i] = type.getConstructor().newInstance();
			type.getMethod("setUp").invoke(benchmarks[i]);
		}
		compare(jars, benchmarks, "messageAd500", 20_000, 15);
		compare(jars, benchmarks, "flow100x8000", 20, 9);
	}

	private static void compare(String[] jars, Object[] benchmarks, String name, int batch, int rounds) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Method[] methods = new Method[benchmarks.length];
		double[][] nanos = new double[benchmarks.length][rounds];
		for (int i = 0; i < benchmarks.length; i++) {
			methods[i] = benchmarks[i].getClass().getMethod(name);
			for (int k = 0; k < batch * WARM_UP_BATCHES; k++) {
				sink = methods[i].invoke(benchmarks[i]);
			}
		}
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < benchmarks.length; i++) {
				long start = threads.getCurrentThreadCpuTime();
				for (int k = 0; k < batch; k++) {
					sink = methods[i].invoke(benchmarks[i]);
				}
				nanos[i][round] = (threads.getCurrentThreadCpuTime() - start) / (double) batch;
			}
		}
		for (int i = 0; i < benchmarks.length; i++) {
			Arrays.sort(nanos[i]);
			System.out.printf("%s %s: best %,.0f ns, median %,.0f ns of CPU time per validation%n", name, jars[i], nanos[i][0],
					nanos[i][rounds / 2]);
		}
	}
}
