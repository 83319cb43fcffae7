package io.parley.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.parley.core.export.CampaignExporter;

/** Writes part of its output, then fails: nothing of it may reach the output folder. */
public class FailingExporter implements CampaignExporter {

	@Override
	public void export(Path campaignFile, Path stagingFolder, IProgressMonitor monitor) throws IOException {
		Files.writeString(stagingFolder.resolve("half.json"), "{");
		throw new IOException("the disk is full");
	}
}
