package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileValidatorTest {

	@TempDir
	Path dir;

	private List<Diagnostic> validate(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		return new FileValidator().validate(file);
	}

	@Test
	void syntaxErrorCarriesLineAndColumn() throws IOException {
		List<Diagnostic> found = validate("a.template.json", "{\n  \"schema\": \"parley.template/1\",\n  \"name\" \"x\"\n}");
		assertEquals(1, found.size());
		Diagnostic d = found.get(0);
		assertEquals("file.syntax", d.ruleId());
		assertEquals(Severity.ERROR, d.severity());
		assertEquals(3, d.line());
		assertTrue(d.column() > 0);
	}

	@Test
	void wrongSchemaIsRefused() throws IOException {
		List<Diagnostic> found = validate("a.flow.json", "{\"schema\": \"parley.flow/9\"}");
		assertEquals("file.schema", found.get(0).ruleId());
		assertEquals("/schema", found.get(0).path());
	}

	@Test
	void otherFilesAreIgnored() throws IOException {
		assertTrue(validate("notes.txt", "{").isEmpty());
	}
}
