package io.parley.model.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of files appears whole or not at all, whenever the process writing it dies. */
class StagedBatchTest {

	/** Real kills, each of a commit of {@link #KILLED_FILES} files. */
	private static final int KILLS = 100;
	private static final int KILLED_FILES = 60;

	@TempDir
	Path dir;

	/** Half the batch replaces files that are there, half is new, some in a subfolder. */
	static String name(int i) {
		return (i % 3 == 0 ? "sub/" : "") + "f" + i + ".txt";
	}

	private Path oldWorkspace(String name, int files) throws IOException {
		Path folder = Files.createDirectories(dir.resolve(name));
		for (int i = 0; i < files; i += 2) {
			Path file = folder.resolve(name(i));
			Files.createDirectories(file.getParent());
			Files.writeString(file, "old");
		}
		return folder;
	}

	/** "old" when nothing of the batch is there, "new" when all of it is; fails on a mix or on leftovers. */
	private static String state(Path folder, int files) throws IOException {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < files; i++) {
			Path file = folder.resolve(name(i));
			seen.add(Files.exists(file) ? Files.readString(file) : i % 2 == 0 ? "missing old file" : "old");
		}
		try (Stream<Path> children = Files.list(folder)) {
			assertTrue(children.noneMatch(f -> StagedBatch.isStaging(f.getFileName().toString())), "no staging folder left");
		}
		assertEquals(1, seen.size(), "old or new, never a mix: " + seen);
		return seen.iterator().next();
	}

	private StagedBatch stage(Path folder, int files) throws IOException {
		StagedBatch batch = StagedBatch.begin(folder, ".parley-run-");
		for (int i = 0; i < files; i++) {
			Path staged = batch.staged(folder.resolve(name(i)));
			Files.createDirectories(staged.getParent());
			Files.writeString(staged, "new");
		}
		return batch;
	}

	/** In this JVM: the process "dies" before each change the commit makes to the disk, in turn. */
	@Test
	void aCommitCutShortAtAnyStepIsFinishedOrUndoneByTheNextBatch() throws IOException {
		int files = 20;
		for (int dieAt = 0; dieAt <= files + 2; dieAt++) {
			assertEquals(dieAt == 0 ? "old" : "new", commitDyingAt(dieAt, "s" + dieAt, files), "died before step " + dieAt);
		}
	}

	/** In this JVM: the process "dies" at 100 random steps of the commit of 100 files. */
	@Test
	void aCommitCutShortAtRandomStepsLeavesTheOldOrTheNewFolder() throws IOException {
		Random random = new Random(18);
		for (int round = 0; round < 100; round++) {
			int dieAt = random.nextInt(100 + 3);
			assertEquals(dieAt == 0 ? "old" : "new", commitDyingAt(dieAt, "r" + round, 100), "died before step " + dieAt);
		}
	}

	private String commitDyingAt(int dieAt, String name, int files) throws IOException {
		Path folder = oldWorkspace(name, files);
		StagedBatch batch = stage(folder, files);
		int[] step = { 0 };
		batch.beforeEachStep = () -> {
			if (step[0]++ == dieAt) {
				throw new ProcessDied();
			}
		};
		try {
			batch.commit();
			batch.close();
		} catch (ProcessDied died) {
			batch.abandon();
		}
		StagedBatch.begin(folder, ".parley-run-").close();
		return state(folder, files);
	}

	/**
	 * A real kill -9 at random moments of a commit, 100 times, each a JVM of its own. The commit is of
	 * 60 files, and the kills fall anywhere from before its first step to after its last: the first
	 * child commits unkilled, and how long that took (load changes it) sets the range of the delays.
	 * Four children at a time, so the 100 take seconds, not minutes.
	 */
	@Test
	void aKilledCommitLeavesTheOldOrTheNewFolderOnTheNextStart() throws Exception {
		long commitNanos = Math.max(1_000_000, unkilledCommitNanos());
		Random random = new Random(18);
		long[] delays = random.longs(KILLS, 0, commitNanos * 5 / 4).toArray();
		Map<String, Integer> outcomes = new TreeMap<>();
		ExecutorService children = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> rounds = new ArrayList<>();
			for (int round = 0; round < KILLS; round++) {
				int r = round;
				rounds.add(children.submit(() -> killDuringCommit("k" + r, delays[r])));
			}
			for (Future<String> round : rounds) {
				outcomes.merge(round.get(), 1, Integer::sum);
			}
		} finally {
			children.shutdownNow();
		}
		System.out.printf("kill -9 during a commit of %d files (%.1f ms unkilled), %d times: %s%n", KILLED_FILES,
				commitNanos / 1e6, KILLS, outcomes);
		assertEquals(KILLS, outcomes.values().stream().mapToInt(Integer::intValue).sum());
	}

	private long unkilledCommitNanos() throws Exception {
		Path folder = oldWorkspace("calibration", KILLED_FILES);
		Process child = startChild(folder, KILLED_FILES);
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
			assertEquals("committing", out.readLine(), "the child staged its batch");
			long start = System.nanoTime();
			assertEquals("committed", out.readLine());
			return System.nanoTime() - start;
		} finally {
			child.destroyForcibly().waitFor();
		}
	}

	/** How a commit killed {@code delayNanos} after it began ended up once the next batch recovered the folder. */
	private String killDuringCommit(String name, long delayNanos) throws Exception {
		Path folder = oldWorkspace(name, KILLED_FILES);
		Process child = startChild(folder, KILLED_FILES);
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
			assertEquals("committing", out.readLine(), "the child staged its batch");
			busyWait(delayNanos / 1000);
			child.destroyForcibly().waitFor();
		}
		boolean decided = decidedLeftover(folder);
		StagedBatch.recover(folder, ".parley-run-");
		String state = state(folder, KILLED_FILES);
		return state.equals("old") ? "left old" : decided ? "finished on the next start" : "committed before the kill";
	}

	private static boolean decidedLeftover(Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.anyMatch(f -> StagedBatch.isStaging(f.getFileName().toString())
					&& Files.exists(f.resolve("commit-decided")));
		}
	}

	@Test
	void aFolderInTheWayFailsTheCommitBeforeAnyFileMoves() throws IOException {
		Path folder = oldWorkspace("w", 4);
		Files.createDirectories(folder.resolve("lib"));
		try (StagedBatch batch = stage(folder, 4)) {
			Files.writeString(batch.staged(folder.resolve("lib")), "a file where a folder is");
			StagedBatch.StagingException e = assertThrows(StagedBatch.StagingException.class, batch::commit);
			assertTrue(e.getMessage().endsWith("lib\" cannot be written: a folder of that name is in the way"), e.getMessage());
		}
		assertEquals("old", state(folder, 4));
	}

	@Test
	void replacedFilesKeepTheirPermissionsAndNewOnesFollowTheUmask() throws IOException {
		Path folder = oldWorkspace("w", 2);
		Files.setPosixFilePermissions(folder.resolve(name(0)), PosixFilePermissions.fromString("rw-rw-r--"));
		Path plain = Files.createFile(dir.resolve("as the umask says"));
		try (StagedBatch batch = stage(folder, 2)) {
			batch.commit();
		}
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name(0)))));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(folder.resolve(name(1))));
	}

	@Test
	void aSavedDocumentKeepsItsPermissions() throws IOException {
		Path file = Files.writeString(dir.resolve("a.txt"), "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		DocumentFiles.writeAtomically(file, "new".getBytes());
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Path plain = Files.createFile(dir.resolve("as the umask says"));
		DocumentFiles.writeAtomically(dir.resolve("b.txt"), "new".getBytes());
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("b.txt")));
	}

	@Test
	void aBatchStillBeingWrittenIsLeftAloneByTheNext() throws IOException {
		Path folder = oldWorkspace("w", 4);
		try (StagedBatch first = stage(folder, 4); StagedBatch second = StagedBatch.begin(folder, ".parley-run-")) {
			assertTrue(Files.exists(first.files()), "the first batch is still there");
			second.close();
			first.commit();
		}
		assertEquals("new", state(folder, 4));
	}

	private static void busyWait(long micros) {
		long until = System.nanoTime() + micros * 1000;
		while (System.nanoTime() < until) {
			Thread.onSpinWait();
		}
	}

	private static Process startChild(Path folder, int files) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = Stream.of(StagedBatch.class, StagedBatchChild.class).map(StagedBatchTest::location).distinct()
				.reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
		return new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
				"-cp", classPath, StagedBatchChild.class.getName(), folder.toString(), String.valueOf(files)))
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (Exception e) {
			throw new IllegalStateException("cannot find the classes of " + type, e);
		}
	}

	/** What a kill -9 does to the commit, in this JVM. */
	private static final class ProcessDied extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}
}
