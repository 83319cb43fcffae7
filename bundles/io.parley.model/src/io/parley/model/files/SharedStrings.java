package io.parley.model.files;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A workbook's table of shared strings, which its cells name by number. Excel puts every text of a
 * sheet in it, so a million prospects can mean millions of strings: they wait in a temporary file,
 * mapped into memory by the system, and only their places (4 bytes each) are kept on the heap.
 */
final class SharedStrings implements Closeable {

	private final Path spill;
	private final OutputStream out;
	private int[] starts = new int[1024];
	private int count;
	private int written;
	private MappedByteBuffer strings;

	private SharedStrings(Path spill) throws IOException {
		this.spill = spill;
		this.out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
	}

	static SharedStrings create() throws IOException {
		Path spill = Files.createTempFile("parley-workbook-strings", ".txt");
		try {
			return new SharedStrings(spill);
		} catch (IOException e) {
			Files.deleteIfExists(spill);
			throw e;
		}
	}

	void add(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if ((long) written + bytes.length > Integer.MAX_VALUE) {
			throw new IOException("the workbook holds more than 2 GB of text");
		}
		if (count + 1 >= starts.length) {
			starts = Arrays.copyOf(starts, starts.length * 2);
		}
		out.write(bytes);
		starts[count++] = written;
		written += bytes.length;
	}

	/** Ends the table: it is read from here on. */
	void seal() throws IOException {
		out.close();
		starts[count] = written;
		try (FileChannel channel = FileChannel.open(spill, StandardOpenOption.READ)) {
			strings = channel.map(FileChannel.MapMode.READ_ONLY, 0, written);
		}
	}

	int size() {
		return count;
	}

	/** String {@code index}, or null when the table has no such string. */
	String get(int index) {
		if (index < 0 || index >= count) {
			return null;
		}
		byte[] bytes = new byte[starts[index + 1] - starts[index]];
		strings.get(starts[index], bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws IOException {
		out.close();
		strings = null;
		Files.deleteIfExists(spill);
	}
}
