import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A newer build of the update site, as the next release would publish it: the example plugin and its
 * feature with their micro version one higher (0.1.0.QUALIFIER becomes 0.1.1.QUALIFIER) in their
 * jars and in the site's metadata, and nothing else. Usage: {@code java NewerSite.java SITE NEWER_SITE}.
 */
public final class NewerSite {

	private static final String EXAMPLES = "io\\.parley\\.examples[^']*";
	private static final Pattern UNIT = Pattern.compile("(?s)<unit id='(" + EXAMPLES + ")' version='([^']+)'.*?</unit>");
	private static final Pattern ARTIFACT = Pattern.compile("(?s)<artifact classifier='[^']+' id='" + EXAMPLES + "' version='[^']+'>.*?</artifact>");
	private static final Pattern MAPPINGS = Pattern.compile("(?s)<mappings.*?</mappings>");
	private static final Pattern PROPERTIES = Pattern.compile("(?s)\\s*<properties size='\\d+'>.*?</properties>");

	public static void main(String[] args) throws IOException {
		Path site = Path.of(args[0]);
		Path newer = Path.of(args[1]);
		String content = read(site, "content");
		Map<String, String> bumped = new LinkedHashMap<>();
		List<String> units = new ArrayList<>();
		Matcher unit = UNIT.matcher(content);
		while (unit.find()) {
			bumped.put(unit.group(2), bump(unit.group(2)));
			units.add(unit.group());
		}
		if (units.isEmpty()) {
			throw new IllegalStateException("no example plugin in " + site);
		}
		List<String> artifacts = new ArrayList<>();
		String artifactIndex = read(site, "artifacts");
		Matcher artifact = ARTIFACT.matcher(artifactIndex);
		while (artifact.find()) {
			// sizes and checksums were those of the old jars
			artifacts.add(PROPERTIES.matcher(artifact.group()).replaceAll(""));
		}
		Matcher mappings = MAPPINGS.matcher(artifactIndex);
		mappings.find();

		Files.createDirectories(newer);
		long now = System.currentTimeMillis();
		Files.writeString(newer.resolve("content.xml"), bump("<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
				+ "<repository name='Parley update site (newer build)' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n"
				+ "  <properties size='1'><property name='p2.timestamp' value='" + now + "'/></properties>\n"
				+ "  <units size='" + units.size() + "'>\n" + String.join("\n", units) + "\n  </units>\n</repository>\n", bumped));
		Files.writeString(newer.resolve("artifacts.xml"), bump("<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
				+ "<repository name='Parley update site (newer build)' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
				+ "  <properties size='1'><property name='p2.timestamp' value='" + now + "'/></properties>\n" + mappings.group() + "\n"
				+ "  <artifacts size='" + artifacts.size() + "'>\n" + String.join("\n", artifacts) + "\n  </artifacts>\n</repository>\n", bumped));
		for (String folder : List.of("plugins", "features")) {
			Files.createDirectories(newer.resolve(folder));
			try (var jars = Files.list(site.resolve(folder))) {
				for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("io.parley.examples")).toList()) {
					rewrite(jar, newer.resolve(folder).resolve(bump(jar.getFileName().toString(), bumped)), bumped);
				}
			}
		}
		bumped.forEach((from, to) -> System.out.println("Newer site: io.parley.examples " + from + " -> " + to + " in " + newer));
	}

	/** The micro version one higher, the qualifier kept. */
	private static String bump(String version) {
		String[] parts = version.split("\\.", 4);
		return parts[0] + "." + parts[1] + "." + (Integer.parseInt(parts[2]) + 1) + (parts.length > 3 ? "." + parts[3] : "");
	}

	private static String bump(String text, Map<String, String> versions) {
		for (Map.Entry<String, String> version : versions.entrySet()) {
			text = text.replace(version.getKey(), version.getValue());
		}
		return text;
	}

	/** The site's index, from its content.jar / artifacts.jar or its plain XML. */
	private static String read(Path site, String index) throws IOException {
		Path jar = site.resolve(index + ".jar");
		if (Files.exists(jar)) {
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry entry = zip.getEntry(index + ".xml");
				try (InputStream in = zip.getInputStream(entry)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		return Files.readString(site.resolve(index + ".xml"));
	}

	/** The jar with the versions in its manifest and feature.xml bumped. */
	private static void rewrite(Path jar, Path to, Map<String, String> versions) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals("META-INF/MANIFEST.MF") || entry.getName().equals("feature.xml")) {
					bytes = bump(new String(bytes, StandardCharsets.UTF_8), versions).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
	}
}
