package io.parley.sequences.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.kinds.ContributedKinds;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.cli.ValidateCommand;

/** {@code parley validate} finds and checks sequences as it does the built-in kinds: the kind comes from the plugin's contribution alone. */
class ValidateSequencesTest {

	@TempDir
	Path folder;

	@Test
	void validateChecksASequenceInAFolderAndByName() throws IOException {
		Path sequence = Files.writeString(folder.resolve("outreach.sequence.json"), """
				{"schema": "parley.sequence/1", "steps": [{"id": "call", "touch": "TASK"}]}""");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ContributedKinds kinds = new ContributedKinds(DocumentKindRegistry.getDefault());
		assertEquals(ValidateCommand.ERRORS, ValidateCommand.run(new String[] { folder.toString() }, kinds, print(out), print(err)));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("outreach.sequence.json: error: Step \"call\" is a task without a name"), out.toString());
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("1 document checked: 1 error"), err.toString());
		out.reset();
		assertEquals(ValidateCommand.ERRORS, ValidateCommand.run(new String[] { sequence.toString(), "--format", "json" }, kinds, print(out), print(err)));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"rule\" : \"sequence.message\""), out.toString());
	}

	@Test
	void theSequenceKindIsContributedLikeAnyPlugins() {
		var kind = DocumentKindRegistry.getDefault().forFileName("outreach.sequence.json").orElseThrow();
		assertEquals("sequence", kind.id());
		assertEquals("Sequences", kind.groupName());
		assertTrue(kind.initialContent().isPresent() && kind.icon().isPresent());
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}
}
