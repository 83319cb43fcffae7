package io.parley.model.files.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * A file Parley rewrites keeps the permissions it had: the new content is written beside it and
 * renamed over it, and that new file would otherwise have only the permissions the umask gives.
 */
final class FileModes {

	private FileModes() {
	}

	/** Gives {@code to} the POSIX permissions of {@code from}, when {@code from} exists. */
	static void keep(Path from, Path to) throws IOException {
		if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (view != null) {
			view.setPermissions(Files.readAttributes(from, PosixFileAttributes.class).permissions());
		}
	}
}
