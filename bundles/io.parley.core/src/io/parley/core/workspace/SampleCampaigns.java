package io.parley.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The sample campaigns shipped in {@code io.parley.samples}: a real example of every kind of document. */
public final class SampleCampaigns {

	private static final String BUNDLE = "io.parley.samples";
	private static final String FOLDER = "sample";

	private SampleCampaigns() {
	}

	/** The sample files, by their entries in the samples bundle. */
	public static List<URL> entries() throws IOException {
		Bundle samples = Platform.getBundle(BUNDLE);
		if (samples == null) {
			throw new IOException("The sample campaigns bundle " + BUNDLE + " is not installed");
		}
		return new ArrayList<>(Collections.list(samples.findEntries(FOLDER, "*", false)));
	}

	public static String fileName(URL entry) {
		return entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
	}

	/** Copies the sample campaigns into a folder of the file system, replacing nothing that is there. */
	public static void copyTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (URL entry : entries()) {
			Path target = folder.resolve(fileName(entry));
			if (!Files.exists(target)) {
				try (InputStream in = entry.openStream()) {
					Files.copy(in, target);
				}
			}
		}
	}
}
