package io.parley.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.parley.core.export.CampaignExporter;

/** The example exporter: one text file naming the exported campaign file. */
public class SummaryExporter implements CampaignExporter {

	@Override
	public void export(Path campaignFile, Path stagingFolder, IProgressMonitor monitor) throws IOException {
		Files.writeString(stagingFolder.resolve("summary.txt"), "campaign: " + campaignFile.getFileName() + "\n");
	}
}
