package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The edge of a script's workspace. A path is inside when it names a file under the workspace
 * folder and, should a symbolic link lie on the way, the file the link leads to is inside too.
 */
final class WorkspaceBoundary {

	private final Path root;
	private final Path realRoot;

	WorkspaceBoundary(Path workspace) throws IOException {
		this.root = workspace.toAbsolutePath().normalize();
		this.realRoot = root.toRealPath();
	}

	Path root() {
		return root;
	}

	/** The absolute path a script means; relative paths are taken from the workspace folder. */
	Path resolve(Path path) {
		return root.resolve(path).normalize();
	}

	/** {@code path} resolved, or a SecurityException that the script sees as its error. */
	Path inside(Path path) {
		Path resolved = resolve(path);
		if (!resolved.startsWith(root) || !realPathOf(resolved).startsWith(realRoot)) {
			throw new SecurityException("\"" + path + "\" is outside the workspace; scripts may only use files in " + root);
		}
		return resolved;
	}

	/** A file that does not exist yet is judged by the nearest folder above it that does. */
	private static Path realPathOf(Path path) {
		for (Path existing = path; existing != null; existing = existing.getParent()) {
			if (Files.exists(existing)) {
				try {
					return existing.toRealPath().resolve(existing.relativize(path));
				} catch (IOException e) {
					return path;
				}
			}
		}
		return path;
	}
}
