package io.parley.scripting.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.parley.core.workspace.SampleCampaigns;
import io.parley.scripting.ScriptHost;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;

/** A copy of the sample campaigns as a script's workspace, and runs whose console the test reads. */
final class SampleWorkspace {

	private static ScriptHost host;

	final Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	SampleWorkspace(Path folder) throws IOException {
		this.folder = folder;
		SampleCampaigns.copyTo(folder);
	}

	/** One host for all tests, as the studio has: the engine starts once. */
	static synchronized ScriptHost host() throws IOException {
		if (host == null) {
			host = new ScriptHost();
		}
		return host;
	}

	ScriptResult run(String source, String... args) throws IOException {
		return host().run(newRun("script.js", source, Duration.ofSeconds(30), args));
	}

	/** A run of {@code source} saved as {@code name} in the workspace, not started yet. */
	ScriptRun newRun(String name, String source, Duration timeout, String... args) throws IOException {
		Path script = Files.writeString(folder.resolve(name), source);
		return new ScriptRun(script, folder, List.of(args), timeout, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The repository's scripts/ folder: the test runs in its bundle's folder. */
	static Path scripts() {
		return Path.of("../../scripts").toAbsolutePath().normalize();
	}
}
