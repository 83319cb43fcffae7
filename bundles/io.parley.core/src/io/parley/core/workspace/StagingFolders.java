package io.parley.core.workspace;

import org.eclipse.core.resources.IResource;

import io.parley.model.files.internal.StagedBatch;

/**
 * The hidden folders where script runs and exports stage their files until they commit
 * ({@link StagedBatch}), and where a killed one left them: never a person's documents, so the
 * workspace's checks, the explorer and the Scripts view pass them over.
 */
public final class StagingFolders {

	private StagingFolders() {
	}

	public static boolean isStaging(IResource resource) {
		return resource.getType() == IResource.FOLDER && StagedBatch.isStaging(resource.getName());
	}
}
