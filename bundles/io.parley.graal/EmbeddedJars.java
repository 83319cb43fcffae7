import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Run by the build once Maven has copied the Graal jars: lib/ holds exactly the jars the manifest's
 * Bundle-ClassPath lists, the one list of them. {@code java EmbeddedJars.java BUNDLE_DIR}
 */
public final class EmbeddedJars {

	private EmbeddedJars() {
	}

	public static void main(String[] args) throws IOException {
		Path bundle = Path.of(args[0]);
		Set<String> listed;
		try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
			listed = Arrays.stream(new Manifest(in).getMainAttributes().getValue("Bundle-ClassPath").split(","))
					.map(String::strip).collect(Collectors.toCollection(TreeSet::new));
		}
		Set<String> copied;
		try (Stream<Path> jars = Files.list(bundle.resolve("lib"))) {
			copied = jars.map(jar -> "lib/" + jar.getFileName()).filter(name -> name.endsWith(".jar"))
					.collect(Collectors.toCollection(TreeSet::new));
		}
		Set<String> unlisted = new TreeSet<>(copied);
		unlisted.removeAll(listed);
		Set<String> missing = new TreeSet<>(listed);
		missing.removeAll(copied);
		if (!unlisted.isEmpty() || !missing.isEmpty()) {
			System.err.println("The Graal jars Maven brings are not the ones META-INF/MANIFEST.MF's Bundle-ClassPath lists:"
					+ (unlisted.isEmpty() ? "" : " add " + unlisted + " to it;") + (missing.isEmpty() ? "" : " " + missing
							+ " came from no dependency (remove it from the manifest)"));
			System.exit(1);
		}
		System.out.println("Graal: the " + copied.size() + " jars in lib/ are the manifest's Bundle-ClassPath");
	}
}
