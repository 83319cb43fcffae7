package io.parley.model.files.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files written as one batch into a folder, which appear all together or not at all, like a
 * database transaction. They are staged in a hidden folder beside them ({@code .parley-run-*},
 * {@code .parley-export-*}); the commit checks every one of them, then leaves a mark that the batch
 * is decided and moves the files into place. A process killed before the mark leaves a batch that
 * the next one in that folder throws away; killed after it, a batch the next one finishes moving.
 * So on its next start the folder holds the old files or the new ones, never a mix.
 */
public final class StagedBatch implements Closeable {

	/** Prefixes of the staging folders Parley makes: never documents, never shown, never checked. */
	public static final List<String> PREFIXES = List.of(".parley-run-", ".parley-export-");

	private static final String FILES = "files";
	private static final String DECIDED = "commit-decided";
	private static final String LOCK = "lock";
	/**
	 * Ending of a batch folder whose process is done with it (committed, or thrown away): it is renamed
	 * so before its files are deleted, so a process killed while deleting leaves a folder that anyone
	 * may delete, not one without its lock that looks like a batch being created.
	 */
	private static final String DONE = ".done";
	/** A staging folder without its lock yet is one being created right now, unless it is older than this. */
	private static final Duration BEING_CREATED = Duration.ofMinutes(1);

	private final Path target;
	private final Path folder;
	private final FileChannel lockChannel;
	private boolean committed;
	/** Runs before each change to the disk while committing; tests make a process die there. */
	Runnable beforeEachStep = () -> {
	};

	private StagedBatch(Path target, Path folder) throws IOException {
		this.target = target;
		this.folder = folder;
		this.lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		lockChannel.lock();
		Files.createDirectory(folder.resolve(FILES));
	}

	/**
	 * Starts a batch for the folder {@code target}, after finishing or throwing away what a killed
	 * process left there. {@code prefix} is one of {@link #PREFIXES}.
	 */
	public static StagedBatch begin(Path target, String prefix) throws IOException {
		recover(target, prefix);
		return new StagedBatch(target, Files.createTempDirectory(target, prefix));
	}

	/** Whether a file or folder name is one of Parley's staging folders. */
	public static boolean isStaging(String name) {
		return PREFIXES.stream().anyMatch(name::startsWith);
	}

	/** Where the batch keeps the file that will become {@code file} (a path inside the target folder). */
	public Path staged(Path file) {
		return files().resolve(target.relativize(file).toString());
	}

	/** The staged tree, which mirrors the target folder. */
	public Path files() {
		return folder.resolve(FILES);
	}

	/**
	 * Makes every staged file visible in the target folder, keeping the permissions of the files it
	 * replaces. A file that cannot go into place (a folder is in its way) fails the commit before any
	 * file is moved.
	 *
	 * @return the files written, in the target folder, sorted
	 */
	public List<Path> commit() throws IOException {
		List<Path> staged = stagedFiles(files());
		for (Path file : staged) {
			checkPlace(file);
		}
		beforeEachStep.run();
		Files.createFile(folder.resolve(DECIDED));
		List<Path> written = moveIntoPlace(staged);
		committed = true;
		beforeEachStep.run();
		discard(folder);
		return written;
	}

	/** Releases the batch; one that was not committed is thrown away. */
	@Override
	public void close() throws IOException {
		try {
			if (!committed) {
				discard(folder);
			}
		} finally {
			lockChannel.close();
		}
	}

	/** Lets go of the folder as a killed process would: no clean-up, the lock released. Tests only. */
	void abandon() throws IOException {
		lockChannel.close();
	}

	private void checkPlace(Path stagedFile) throws IOException {
		Path destination = target.resolve(files().relativize(stagedFile).toString());
		for (Path above = destination.getParent(); above != null && above.startsWith(target) && !above.equals(target);
				above = above.getParent()) {
			if (Files.exists(above, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(above)) {
				throw new StagingException(destination, "\"" + target.relativize(above) + "\" is a file, not a folder");
			}
		}
		if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
			throw new StagingException(destination, "a folder of that name is in the way");
		}
		FileModes.keep(destination, stagedFile);
	}

	private List<Path> moveIntoPlace(List<Path> staged) throws IOException {
		List<Path> written = new ArrayList<>();
		for (Path file : staged) {
			beforeEachStep.run();
			written.add(moveIntoPlace(files(), target, file));
		}
		return written;
	}

	private static Path moveIntoPlace(Path files, Path target, Path stagedFile) throws IOException {
		Path destination = target.resolve(files.relativize(stagedFile).toString());
		Files.createDirectories(destination.getParent());
		return Files.move(stagedFile, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Finishes the batches in {@code target} whose commit was decided when their process died, and
	 * throws away the others; batches another process (or run) is still writing are left alone.
	 */
	public static void recover(Path target, String prefix) throws IOException {
		if (!Files.isDirectory(target)) {
			return;
		}
		List<Path> leftovers;
		try (Stream<Path> children = Files.list(target)) {
			leftovers = children.filter(p -> p.getFileName().toString().startsWith(prefix))
					.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
		}
		for (Path leftover : leftovers) {
			recoverOne(target, leftover);
		}
	}

	private static void recoverOne(Path target, Path leftover) throws IOException {
		if (leftover.getFileName().toString().endsWith(DONE)) {
			try {
				deleteTree(leftover);
			} catch (NoSuchFileException | UncheckedIOException deletedMeanwhile) {
				// another process is deleting it too
			}
			return;
		}
		Path lock = leftover.resolve(LOCK);
		if (!Files.exists(lock)) {
			if (!isOld(leftover)) {
				return;
			}
			deleteTree(leftover);
			return;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = tryLock(channel)) {
			if (held == null) {
				return;
			}
			if (Files.exists(leftover.resolve(DECIDED))) {
				Path files = leftover.resolve(FILES);
				for (Path file : stagedFiles(files)) {
					moveIntoPlace(files, target, file);
				}
			}
			discard(leftover);
		} catch (NoSuchFileException finishedMeanwhile) {
			// its own process finished or threw it away while we looked
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException heldInThisProcess) {
			return null;
		}
	}

	private static boolean isOld(Path folder) throws IOException {
		FileTime modified = Files.getLastModifiedTime(folder);
		return modified.toInstant().isBefore(Instant.now().minus(BEING_CREATED));
	}

	private static List<Path> stagedFiles(Path files) throws IOException {
		if (!Files.isDirectory(files)) {
			return List.of();
		}
		try (Stream<Path> all = Files.walk(files)) {
			return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
	}

	/** Deletes a batch folder its process is done with, renamed first (see {@link #DONE}). */
	private static void discard(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Path done = folder.resolveSibling(folder.getFileName() + DONE);
		Files.move(folder, done, StandardCopyOption.ATOMIC_MOVE);
		deleteTree(done);
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** A staged file that cannot be put into place; nothing of the batch was committed. */
	public static final class StagingException extends FileAlreadyExistsException {

		private static final long serialVersionUID = 1L;

		StagingException(Path file, String reason) {
			super(file.toString(), null, reason);
		}

		/** The file and why, in a person's words. */
		@Override
		public String getMessage() {
			return "\"" + getFile() + "\" cannot be written: " + getReason();
		}
	}
}
