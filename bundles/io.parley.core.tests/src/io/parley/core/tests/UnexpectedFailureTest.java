package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.parley.core.headless.UnexpectedFailure;

class UnexpectedFailureTest {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aToolsOwnExitStatusPassesThroughAndNothingIsSaid() {
		assertEquals(2, UnexpectedFailure.reported("export", stderr(), () -> 2));
		assertEquals("", said());
	}

	/** What `PARLEY_VMARGS=-Dpolyglot.js.bogus=1 parley run hello.js` did: exit 0 and not a word. */
	@Test
	void aFailureTheToolDidNotExpectExitsWithOneAndSaysWhy() {
		int status = UnexpectedFailure.reported("run", stderr(), () -> {
			throw new IllegalArgumentException("Could not find option with name js.bogus.");
		});
		assertEquals(UnexpectedFailure.EXIT_STATUS, status);
		assertTrue(said().startsWith("parley run: Could not find option with name js.bogus."), said());
	}

	@Test
	void aFailureWithoutAMessageIsNamedByItsKind() {
		int status = UnexpectedFailure.reported("validate", stderr(), () -> {
			throw new NoClassDefFoundError();
		});
		assertEquals(1, status);
		assertTrue(said().startsWith("parley validate: NoClassDefFoundError"), said());
	}

	private PrintStream stderr() {
		return new PrintStream(err, true, StandardCharsets.UTF_8);
	}

	private String said() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
