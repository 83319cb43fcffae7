package io.parley.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The studio's default workspace as the command-line tools find it: {@code $PARLEY_WORKSPACE}, or
 * {@code ~/Parley/workspace}, as the launcher opens the studio on; its campaigns are in the sample
 * project's folder, where the studio puts the sample campaigns on a first start.
 */
public final class StudioWorkspace {

	private final Path folder;

	public StudioWorkspace(Path folder) {
		this.folder = folder;
	}

	/** The workspace the studio opens when it is given none. */
	public static StudioWorkspace byDefault() {
		return new StudioWorkspace(defaultFolder(System.getenv(), System.getProperty("user.home")));
	}

	/**
	 * {@code $PARLEY_WORKSPACE}, else {@code $HOME/Parley/workspace} as the launcher's studio finds it: Java's
	 * {@code user.home} is the account's home from the system, not {@code $HOME}, so where the two differ (a
	 * container, a CI job, {@code sudo}) scripts ran in another workspace than the studio showed.
	 */
	public static Path defaultFolder(Map<String, String> environment, String userHome) {
		String named = environment.get("PARLEY_WORKSPACE");
		if (named != null && !named.isBlank()) {
			return Path.of(named);
		}
		String home = environment.get("HOME");
		return Path.of(home != null && !home.isBlank() ? home : userHome, "Parley", "workspace");
	}

	/** The folder of the sample project, which the studio shows in its explorer. */
	public Path campaigns() {
		return folder.resolve(CampaignProjects.SAMPLE_PROJECT);
	}

	/**
	 * The campaign folder, made with the sample campaigns when it is missing, as the studio's first
	 * start makes it; returns whether it had to be made.
	 */
	public boolean createWithSamplesIfMissing() throws IOException {
		if (Files.isDirectory(campaigns())) {
			return false;
		}
		SampleCampaigns.copyTo(campaigns());
		return true;
	}
}
