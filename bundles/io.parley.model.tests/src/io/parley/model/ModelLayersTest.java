package io.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

import io.parley.model.rules.RuleSet;

/**
 * The model's packages stay in layers: no package uses one that, through others, uses it back. The
 * dependencies are read from the compiled classes by jdeps, so a fully qualified name or a type
 * reached through a method's signature counts as much as an import.
 */
class ModelLayersTest {

	private static final Pattern USES = Pattern.compile("^\\s+(io\\.parley\\.model[\\w.]*)\\s+->\\s+(io\\.parley\\.model[\\w.]*)\\s");

	@Test
	void theModelsPackagesUseEachOtherWithoutACircle() throws URISyntaxException {
		Map<String, Set<String>> uses = packagesUsed();
		assertTrue(uses.containsKey("io.parley.model.validation"), "jdeps should see the model's packages, saw " + uses.keySet());
		assertEquals(List.of(), PackageCycles.of(uses), "packages that use each other in a circle");
	}

	@Test
	void aCircleThroughThreePackagesIsFound() {
		Map<String, Set<String>> uses = Map.of("rules", Set.of("json"), "validation", Set.of("rules", "text"),
				"text", Set.of("files"), "files", Set.of("validation", "json"), "json", Set.of());
		assertEquals(List.of(Set.of("files", "text", "validation")), PackageCycles.of(uses));
	}

	/** For each package of the model as built, the other model packages it uses. */
	private static Map<String, Set<String>> packagesUsed() throws URISyntaxException {
		Path classes = Path.of(RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
		StringWriter out = new StringWriter();
		int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", classes.toString());
		assertEquals(0, status, "jdeps " + classes + " said:\n" + out);
		Map<String, Set<String>> uses = new TreeMap<>();
		for (String line : out.toString().split("\n")) {
			Matcher use = USES.matcher(line);
			if (use.find()) {
				uses.computeIfAbsent(use.group(1), pkg -> new TreeSet<>()).add(use.group(2));
			}
		}
		return uses;
	}
}
