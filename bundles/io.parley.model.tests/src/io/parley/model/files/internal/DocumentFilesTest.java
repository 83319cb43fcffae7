package io.parley.model.files.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentReadException;

class DocumentFilesTest {

	@TempDir
	Path dir;

	@Test
	void syntaxErrorsNameFileLineAndColumn() throws IOException {
		Path file = Files.writeString(dir.resolve("a.template.json"), "{\n  \"schema\": \"parley.template/1\",\n  \"name\" 1\n}");
		DocumentReadException e = assertThrows(DocumentReadException.class, () -> DocumentFiles.read(file));
		assertEquals(3, e.line());
		assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
	}

	@Test
	void syntaxErrorsSayWhatIsMissingInAReadersWords() throws IOException {
		assertEquals("a colon is missing between a field's name and its value, before '1'", problem("{\n  \"name\" 1\n}"));
		assertEquals("a value is missing where ',' stands", problem("{\n  \"name\": ,\n}"));
		assertEquals("a field's name in double quotes is expected where '}' stands (a comma too many before it?)",
				problem("{\n  \"name\": \"a\",\n}"));
		assertEquals("a comma is missing before '\"'", problem("{\n  \"name\": \"a\"\n  \"schema\": \"b\"\n}"));
		assertEquals("the file ends before the document is closed: a } or ] is missing", problem("{\n  \"name\": \"a\""));
	}

	private String problem(String json) throws IOException {
		Path file = Files.writeString(dir.resolve("syntax.template.json"), json);
		return assertThrows(DocumentReadException.class, () -> DocumentFiles.read(file)).problem();
	}

	@Test
	void anotherSchemaVersionIsRefused() throws IOException {
		Path file = Files.writeString(dir.resolve("a.flow.json"), "{\"schema\": \"parley.flow/2\"}");
		DocumentReadException e = assertThrows(DocumentReadException.class, () -> DocumentFiles.read(file));
		assertTrue(e.getMessage().contains("expected \"schema\": \"parley.flow/1\", found \"parley.flow/2\""), e.getMessage());
	}

	@Test
	void writeThenReadGivesTheSameDocument() throws IOException {
		Path file = dir.resolve("a.budget.json");
		JsonNode budget = new ObjectMapper().readTree("{\"schema\": \"parley.budget/1\", \"total\": 5000}");
		DocumentFiles.write(file, budget);
		assertEquals(budget, DocumentFiles.read(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
	}

	/** Kills a JVM that keeps saving, many times; the file is always one whole version. */
	@Test
	void aKilledSaveLeavesTheOldOrTheNewFile() throws Exception {
		Path file = dir.resolve("race.template.json");
		Random random = new Random(42);
		ObjectMapper json = new ObjectMapper();
		for (int round = 0; round < 20; round++) {
			Process writer = startWriter(file);
			try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
				assertEquals("written", out.readLine(), "the writer started");
				Thread.sleep(random.nextInt(40));
				writer.destroyForcibly().waitFor();
			}
			JsonNode document = json.readTree(file.toFile());
			String version = document.path("version").asText();
			assertTrue(version.equals("A") || version.equals("B"), "round " + round + ": " + version);
			assertEquals(200_000, document.path("body").asText().length(), "round " + round);
		}
	}

	private static Process startWriter(Path file) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = Stream.of(DocumentFiles.class, AtomicWriteChild.class, ObjectMapper.class, JsonFactory.class,
				com.fasterxml.jackson.annotation.JsonProperty.class)
				.map(type -> location(type)).distinct().collect(Collectors.joining(File.pathSeparator));
		return new ProcessBuilder(java, "-cp", classPath, AtomicWriteChild.class.getName(), file.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (Exception e) {
			throw new IllegalStateException("cannot find the classes of " + type, e);
		}
	}
}
