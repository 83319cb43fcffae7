package io.parley.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
		String named = System.getenv("PARLEY_WORKSPACE");
		return new StudioWorkspace(named != null && !named.isBlank() ? Path.of(named)
				: Path.of(System.getProperty("user.home"), "Parley", "workspace"));
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
