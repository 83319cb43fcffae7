package io.parley.model.files;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of files appears whole or not at all, whenever the process writing it dies. */
class StagedBatchTest {

	private static final int FILES = 300;

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
	 * A real kill -9 at random moments of the commit of 300 files, 40 times (each a JVM of its own:
	 * the in-process test above covers 100 more points).
	 */
	@Test
	void aKilledCommitLeavesTheOldOrTheNewFolderOnTheNextStart() throws Exception {
		Random random = new Random(18);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (int round = 0; round < 40; round++) {
			Path folder = oldWorkspace("k" + round, FILES);
			Process child = startChild(folder);
			try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
				assertEquals("committing", out.readLine(), "the child staged its batch");
				busyWait(random.nextInt(15_000));
				child.destroyForcibly().waitFor();
			}
			boolean decided = decidedLeftover(folder);
			StagedBatch.recover(folder, ".parley-run-");
			String state = state(folder, FILES);
			outcomes.merge(state.equals("old") ? "left old" : decided ? "finished on the next start" : "committed before the kill", 1,
					Integer::sum);
		}
		System.out.println("kill -9 during a commit of " + FILES + " files, 40 times: " + outcomes);
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

	private static Process startChild(Path folder) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = Stream.of(StagedBatch.class, StagedBatchChild.class).map(StagedBatchTest::location).distinct()
				.reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
		return new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath, StagedBatchChild.class.getName(),
				folder.toString(), String.valueOf(FILES))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
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
