package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.parley.core.workspace.StudioWorkspace;

/** Where `parley run` finds the studio's workspace: where the launcher opens the studio. */
class StudioWorkspaceTest {

	@Test
	void theHomeTheShellNamesWinsOverTheAccountsHome() {
		assertEquals(Path.of("/tmp/ci-home/Parley/workspace"), StudioWorkspace.defaultFolder(Map.of("HOME", "/tmp/ci-home"), "/root"));
	}

	@Test
	void aNamedWorkspaceWinsOverBoth() {
		assertEquals(Path.of("/srv/campaigns"),
				StudioWorkspace.defaultFolder(Map.of("PARLEY_WORKSPACE", "/srv/campaigns", "HOME", "/tmp/ci-home"), "/root"));
	}

	@Test
	void withoutHomeTheAccountsHome() {
		assertEquals(Path.of("/root/Parley/workspace"), StudioWorkspace.defaultFolder(Map.of("HOME", " "), "/root"));
		assertEquals(Path.of("/root/Parley/workspace"), StudioWorkspace.defaultFolder(Map.of(), "/root"));
	}
}
