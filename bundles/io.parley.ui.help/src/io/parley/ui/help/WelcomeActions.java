package io.parley.ui.help;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;

import io.parley.core.workspace.CampaignProjects;
import io.parley.scripting.ui.view.ScriptJob;
import io.parley.scripting.ui.view.ScriptsView;

/** What the welcome page offers, each on the sample campaigns (made again if the user removed them). */
final class WelcomeActions {

	static final String SAMPLE_CAMPAIGN = "webinar-q4.campaign.json";
	static final String SAMPLE_SCRIPT = "check-all.js";
	static final String NEW_CAMPAIGN_WIZARD = "io.parley.ui.wizards.newCampaign";
	static final String GETTING_STARTED = "/" + Guide.BUNDLE + "/guide/getting-started.html";

	private final IWorkbenchPage page;

	WelcomeActions(IWorkbenchPage page) {
		this.page = page;
	}

	/** Opens the sample webinar campaign in the campaign editor. */
	void openSampleCampaign() throws CoreException {
		IDE.openEditor(page, sample().getFile(SAMPLE_CAMPAIGN));
	}

	/** File > New > Campaign, in the sample campaigns' workspace unless the user picks another. */
	void newCampaign() throws CoreException {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NEW_CAMPAIGN_WIZARD);
		INewWizard wizard = (INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(sample()));
		WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.open();
	}

	/** Runs the sample script that checks every document, in the background, its output in the Console. */
	ScriptJob runSampleScript() throws CoreException {
		IFile script = sample().getFile(SAMPLE_SCRIPT);
		page.showView(ScriptsView.ID);
		ScriptJob job = new ScriptJob(script);
		job.schedule();
		return job;
	}

	/** The guide's first steps, beside the editors. */
	void readGuide() {
		GuideHelpUI.open(GETTING_STARTED);
	}

	private static IProject sample() throws CoreException {
		return CampaignProjects.installSample(ResourcesPlugin.getWorkspace(), null);
	}
}
