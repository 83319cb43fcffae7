package io.parley.model.files;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What LinkedIn checks of a Conversation Ad's banner: its type, pixel size and file size. Read from
 * the PNG or JPEG header alone, so the model needs no imaging library (java.desktop is not
 * available to a UI-free bundle) and never decodes the picture.
 *
 * @param type {@code PNG} or {@code JPEG}
 */
public record BannerImage(String type, int width, int height, long bytes) {

	private static final long PNG_SIGNATURE = 0x89504E470D0A1A0AL;

	/** The image's facts, or empty when the file is neither a PNG nor a JPEG. */
	public static Optional<BannerImage> read(Path file) throws IOException {
		long bytes = Files.size(file);
		try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
			int first = in.readUnsignedShort();
			if (first == 0xFFD8) {
				return jpeg(in, bytes);
			}
			if ((((long) first) << 48 | (in.readLong() >>> 16)) == PNG_SIGNATURE) {
				return png(in, bytes);
			}
			return Optional.empty();
		} catch (EOFException e) {
			return Optional.empty();
		}
	}

	/** Two bytes into the header chunk's length: its rest and the chunk name come before width and height. */
	private static Optional<BannerImage> png(DataInputStream in, long bytes) throws IOException {
		in.readUnsignedShort();
		in.readInt();
		return Optional.of(new BannerImage("PNG", in.readInt(), in.readInt(), bytes));
	}

	/** Walks the segments up to the first start-of-frame, which holds height then width. */
	private static Optional<BannerImage> jpeg(DataInputStream in, long bytes) throws IOException {
		while (true) {
			int marker = in.readUnsignedShort();
			int length = in.readUnsignedShort();
			if (isStartOfFrame(marker)) {
				in.readUnsignedByte();
				int height = in.readUnsignedShort();
				return Optional.of(new BannerImage("JPEG", in.readUnsignedShort(), height, bytes));
			}
			skip(in, length - 2);
		}
	}

	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xFFC0 && marker <= 0xFFCF && marker != 0xFFC4 && marker != 0xFFC8 && marker != 0xFFCC;
	}

	private static void skip(InputStream in, long count) throws IOException {
		if (in.skip(count) != count) {
			throw new EOFException();
		}
	}
}
