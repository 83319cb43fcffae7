package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/parley.d.ts, which editors use to complete scripts, names exactly what the running API offers. */
class ApiDeclarationsTest {

	private static final Pattern MEMBER = Pattern.compile("^  (?:readonly )?(\\w+)[(:?]", Pattern.MULTILINE);

	@TempDir
	Path folder;

	@Test
	void parleyDtsDeclaresEveryFunctionOfTheParleyObject() throws IOException {
		assertEquals(members("parley"), declared("interface Parley {"));
	}

	@Test
	void parleyDtsDeclaresTheConsole() throws IOException {
		assertEquals(members("console"), declared("interface Console {"));
	}

	private List<String> members(String object) throws IOException {
		SampleWorkspace workspace = new SampleWorkspace(Files.createDirectories(folder.resolve(object)));
		assertTrue(workspace.run("console.log(Object.keys(" + object + ").sort().join())").succeeded());
		return List.of(workspace.out().strip().split(","));
	}

	private static List<String> declared(String header) throws IOException {
		String declarations = Files.readString(SampleWorkspace.scripts().resolve("parley.d.ts"));
		int start = declarations.indexOf(header);
		assertTrue(start >= 0, "parley.d.ts declares " + header);
		String body = declarations.substring(start, declarations.indexOf("\n}", start));
		return MEMBER.matcher(body).results().map(m -> m.group(1)).sorted().toList();
	}
}
