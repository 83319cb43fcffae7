package io.parley.scripting;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.parley.model.files.internal.StagedBatch;

/**
 * The only files a script can touch: those inside its workspace. Writes are staged as one batch
 * that appears whole when the script finishes and not at all otherwise; a write that failed fails
 * the whole batch, even when the script caught the error.
 */
final class WorkspaceFiles implements Closeable {

	static final String STAGING_PREFIX = ".parley-run-";

	private final WorkspaceBoundary boundary;
	private final Path workspace;
	private final StagedBatch batch;
	private String firstFailedWrite;

	WorkspaceFiles(Path workspace) throws IOException {
		this.boundary = new WorkspaceBoundary(workspace);
		this.workspace = boundary.root();
		this.batch = StagedBatch.begin(this.workspace, STAGING_PREFIX);
	}

	WorkspaceBoundary boundary() {
		return boundary;
	}

	/** The file a script means, refused when it lies outside the workspace. */
	Path resolve(String path) {
		return boundary.inside(Path.of(path));
	}

	/** Reads what the script sees: its own staged version if it wrote the file in this run. */
	Path forReading(String path) {
		Path target = resolve(path);
		Path stagedCopy = batch.staged(target);
		return Files.exists(stagedCopy) ? stagedCopy : target;
	}

	/** Files of the workspace whose names end with {@code suffix}, as paths relative to it, sorted. */
	List<String> list(String suffix) throws IOException {
		try (Stream<Path> all = Files.walk(workspace)) {
			return all.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
					.map(f -> workspace.relativize(f).toString()).filter(f -> !f.startsWith(".")).sorted().toList();
		}
	}

	/** Where to write {@code path} during the run; refused when it names a folder. */
	Path forWriting(String path) throws IOException {
		Path target = resolve(path);
		if (target.equals(workspace)) {
			throw new IllegalArgumentException("a file to write needs a name; \"" + path + "\" is the workspace folder");
		}
		if (Files.isDirectory(target)) {
			throw new IllegalArgumentException("\"" + path + "\" is a folder, not a file");
		}
		Path stagedCopy = batch.staged(target);
		Files.createDirectories(stagedCopy.getParent());
		return stagedCopy;
	}

	/** A folder in the staging area for others to write into (an exporter); what they write is committed too. */
	Path stagingFolder(String folder) throws IOException {
		return Files.createDirectories(batch.staged(resolve(folder)));
	}

	/** Remembers a write that failed, which fails the run however the script went on. */
	void writeFailed(String description) {
		if (firstFailedWrite == null) {
			firstFailedWrite = description;
		}
	}

	/** The first write that failed, if any did. */
	Optional<String> failedWrite() {
		return Optional.ofNullable(firstFailedWrite);
	}

	/** Moves every staged file into place in one batch; called only when the script finished. */
	List<Path> commit() throws IOException {
		return batch.commit();
	}

	/** Throws away what was not committed. */
	@Override
	public void close() throws IOException {
		batch.close();
	}
}
