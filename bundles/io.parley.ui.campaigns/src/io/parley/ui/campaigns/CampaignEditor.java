package io.parley.ui.campaigns;

import org.eclipse.ui.PartInitException;

import io.parley.model.campaign.CampaignParts;
import io.parley.ui.editors.ParleyFormEditor;

/** Edits a campaign: the documents it ties together, its readiness for launch, its forecast and, once it ran, its results. */
public final class CampaignEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.campaigns.campaignEditor";

	@Override
	protected void addDocumentPages() throws PartInitException {
		addPage(new OverviewPage(this));
		addPage(new ResultsPage(this));
	}

	/** The campaign as the editor holds it, with its parts as they are on disk. */
	CampaignParts parts() {
		return CampaignParts.of(file().getLocation().toFile().toPath(), editing().document().root());
	}
}
