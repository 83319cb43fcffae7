package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The only files a script can touch: those inside its workspace. Writes are staged in a hidden
 * folder and moved into place when the script finishes, so a script that fails leaves no
 * half-written batch behind.
 */
final class WorkspaceFiles {

	private final WorkspaceBoundary boundary;
	private final Path workspace;
	private final Path staging;
	private final List<Path> staged = new ArrayList<>();

	WorkspaceFiles(Path workspace) throws IOException {
		this.boundary = new WorkspaceBoundary(workspace);
		this.workspace = boundary.root();
		this.staging = Files.createTempDirectory(this.workspace, ".parley-run-");
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
		Path stagedCopy = staging.resolve(workspace.relativize(target));
		return Files.exists(stagedCopy) ? stagedCopy : target;
	}

	/** Files of the workspace whose names end with {@code suffix}, as paths relative to it, sorted. */
	List<String> list(String suffix) throws IOException {
		try (Stream<Path> all = Files.walk(workspace)) {
			return all.filter(Files::isRegularFile).filter(f -> !f.startsWith(staging))
					.filter(f -> f.getFileName().toString().endsWith(suffix))
					.filter(f -> !workspace.relativize(f).toString().startsWith("."))
					.map(f -> workspace.relativize(f).toString()).sorted().toList();
		}
	}

	/** Where to write {@code path} during the run. */
	Path forWriting(String path) throws IOException {
		Path target = resolve(path);
		Path stagedCopy = staging.resolve(workspace.relativize(target));
		Files.createDirectories(stagedCopy.getParent());
		if (!staged.contains(target)) {
			staged.add(target);
		}
		return stagedCopy;
	}

	/** A folder in the staging area for others to write into (an exporter); see {@link #adopt}. */
	Path stagingFolder(String folder) throws IOException {
		Path staged = staging.resolve(workspace.relativize(resolve(folder)));
		Files.createDirectories(staged);
		return staged;
	}

	/** Files written into the staging area by others (an exporter): they are moved into place too. */
	void adopt(List<Path> stagedFiles) {
		for (Path file : stagedFiles) {
			Path target = workspace.resolve(staging.relativize(file));
			if (!staged.contains(target)) {
				staged.add(target);
			}
		}
	}

	/** Moves every staged file into place; called only when the script finished. */
	List<Path> commit() throws IOException {
		for (Path target : staged) {
			Files.createDirectories(target.getParent());
			Files.move(staging.resolve(workspace.relativize(target)), target, StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		return List.copyOf(staged);
	}

	void discard() throws IOException {
		try (Stream<Path> all = Files.walk(staging)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
