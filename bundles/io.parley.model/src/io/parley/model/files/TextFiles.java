package io.parley.model.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Documents are UTF-8 text; a byte-order mark, which some editors write first, is allowed and dropped. */
public final class TextFiles {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private TextFiles() {
	}

	/** The file's text; a file that is not UTF-8 is refused with the line and column of its first byte that is not. */
	public static String readUtf8(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new NotUtf8Exception(file, out.flip().toString(), bytes[in.position()]);
		}
		decoder.flush(out);
		String text = out.flip().toString();
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	/** A file whose bytes are not UTF-8 text, with where the first wrong byte is. */
	public static final class NotUtf8Exception extends IOException {

		private static final long serialVersionUID = 1L;

		private final int line;
		private final int column;

		NotUtf8Exception(Path file, String textBefore, byte wrong) {
			super("is not UTF-8 text: the byte 0x" + String.format(Locale.ROOT, "%02X", wrong & 0xff) + " at line "
					+ lineOf(textBefore) + ", column " + columnOf(textBefore) + " is not UTF-8; save " + file.getFileName()
					+ " as UTF-8");
			this.line = lineOf(textBefore);
			this.column = columnOf(textBefore);
		}

		private static int lineOf(String before) {
			return (int) before.chars().filter(c -> c == '\n').count() + 1;
		}

		private static int columnOf(String before) {
			return before.length() - before.lastIndexOf('\n');
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}
}
