import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a macOS icon (.icns) from the product's PNG icons, run with the build's Java as a source file:
 * {@code java MakeIcns.java ICONS_DIR OUT.icns}. ICONS_DIR holds NAME_16.png ... NAME_256.png; each size
 * macOS takes as PNG goes in as it is (an icns file is a list of typed, length-prefixed images).
 */
public class MakeIcns {
	/** The icns types whose image is a PNG of that many pixels square. */
	private static final Map<Integer, String> PNG_TYPES = Map.of(16, "icp4", 32, "icp5", 64, "icp6", 128, "ic07", 256, "ic08",
			512, "ic09", 1024, "ic10");

	public static void main(String[] args) throws IOException {
		Map<Integer, byte[]> images = new TreeMap<>();
		try (var files = Files.list(Path.of(args[0]))) {
			for (Path png : files.toList()) {
				String name = png.getFileName().toString();
				int size = Integer.parseInt(name.substring(name.lastIndexOf('_') + 1, name.length() - ".png".length()));
				if (PNG_TYPES.containsKey(size)) {
					images.put(size, Files.readAllBytes(png));
				}
			}
		}
		if (images.isEmpty()) {
			throw new IOException("no icon of 16, 32, 64, 128, 256, 512 or 1024 pixels in " + args[0]);
		}
		ByteArrayOutputStream entries = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(entries);
		for (var image : images.entrySet()) {
			out.writeBytes(PNG_TYPES.get(image.getKey()));
			out.writeInt(8 + image.getValue().length);
			out.write(image.getValue());
		}
		ByteArrayOutputStream icns = new ByteArrayOutputStream();
		DataOutputStream header = new DataOutputStream(icns);
		header.writeBytes("icns");
		header.writeInt(8 + entries.size());
		entries.writeTo(icns);
		Files.write(Path.of(args[1]), icns.toByteArray());
		System.out.println("macOS icon: " + args[1] + " (" + images.keySet() + " px)");
	}
}
