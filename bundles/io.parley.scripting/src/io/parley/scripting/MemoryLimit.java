package io.parley.scripting;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The memory scripts may take: when the heap in use grows past the limit beyond what it held when
 * the first running script started, and a garbage collection does not bring it back, the running
 * scripts are stopped and told why, long before the JVM runs out and the machine swaps. GraalJS's
 * community edition has no memory limit of its own.
 */
final class MemoryLimit {

	/** Stops a run that went past the limit. */
	interface Watched {
		void pastMemoryLimit();
	}

	private static final long CHECK_MILLIS = 100;
	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
	private static final ScheduledExecutorService CHECKS = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "Parley script memory limit");
		thread.setDaemon(true);
		return thread;
	});
	private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
	private static long allowed;
	private static ScheduledFuture<?> checking;

	private MemoryLimit() {
	}

	/** Watches {@code run} until {@link #unwatch}; the limit counts from the heap in use now when no other run is watched. */
	static synchronized void watch(Watched run, long limitBytes) {
		if (WATCHED.isEmpty()) {
			allowed = live() + limitBytes;
			checking = CHECKS.scheduleWithFixedDelay(MemoryLimit::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
		}
		WATCHED.add(run);
	}

	static synchronized void unwatch(Watched run) {
		WATCHED.remove(run);
		if (WATCHED.isEmpty() && checking != null) {
			checking.cancel(false);
			checking = null;
		}
	}

	/**
	 * Over the limit by what the heap keeps beyond its eden, which includes garbage: a collection
	 * tells what the scripts hold. The eden, where objects are made and most die young, is left out:
	 * a batch fills it with garbage past the limit again and again, and a full collection each time
	 * cost a million-row batch seconds. What a script keeps leaves the eden at the next collection.
	 */
	private static void check() {
		long limit;
		synchronized (MemoryLimit.class) {
			limit = allowed;
		}
		if (kept() > limit) {
			MEMORY.gc();
			if (used() > limit) {
				WATCHED.forEach(Watched::pastMemoryLimit);
			}
		}
	}

	private static long used() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	private static long kept() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP && !pool.getName().contains("Eden"))
				.mapToLong(pool -> pool.getUsage().getUsed()).sum();
	}

	/** What the heap held after its last garbage collection: what is in use, without the garbage since. */
	private static long live() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
	}
}
