package io.parley.scripting;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.io.FileSystem;

/**
 * What GraalJS itself may read, for {@code import} and {@code load()}: the workspace's files, read
 * only. Scripts write through the {@code parley} API, which stages what they write for the batch.
 */
final class WorkspaceFileSystem implements FileSystem {

	private final WorkspaceBoundary boundary;
	private final FileSystem readOnly = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());

	WorkspaceFileSystem(WorkspaceBoundary boundary) {
		this.boundary = boundary;
	}

	@Override
	public Path parsePath(URI uri) {
		return readOnly.parsePath(uri);
	}

	@Override
	public Path parsePath(String path) {
		return readOnly.parsePath(path);
	}

	@Override
	public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
		readOnly.checkAccess(boundary.inside(path), modes, linkOptions);
	}

	@Override
	public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
		readOnly.createDirectory(boundary.inside(dir), attrs);
	}

	@Override
	public void delete(Path path) throws IOException {
		readOnly.delete(boundary.inside(path));
	}

	@Override
	public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
			throws IOException {
		return readOnly.newByteChannel(boundary.inside(path), options, attrs);
	}

	@Override
	public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
		return readOnly.newDirectoryStream(boundary.inside(dir), filter);
	}

	/** Relative paths are the workspace's, whatever folder the JVM was started in. */
	@Override
	public Path toAbsolutePath(Path path) {
		return boundary.resolve(path);
	}

	@Override
	public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
		return readOnly.toRealPath(boundary.inside(path), linkOptions);
	}

	@Override
	public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
		return readOnly.readAttributes(boundary.inside(path), attributes, options);
	}
}
