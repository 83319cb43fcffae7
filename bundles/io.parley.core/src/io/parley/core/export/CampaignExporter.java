package io.parley.core.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a campaign as files for another system. Contributed through {@code io.parley.core.exporters};
 * called only for campaigns without errors unless the user forces it.
 */
public interface CampaignExporter {

	/**
	 * @param campaignFile  the {@code .campaign.json} file; the documents it names are relative to it
	 * @param stagingFolder an empty folder to write into; its content is moved into place on success
	 */
	void export(Path campaignFile, Path stagingFolder, IProgressMonitor monitor) throws IOException;
}
