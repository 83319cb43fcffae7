package io.parley.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import io.parley.core.export.CampaignExport;

/** File > Export > Parley > Campaign: the same export as {@code parley export}, with progress and cancel. */
public final class ExportCampaignWizard extends Wizard implements IExportWizard {

	private ExportCampaignPage page;
	private IStructuredSelection selection;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		selection = currentSelection;
		setWindowTitle("Export Campaign");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ExportCampaignPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		CampaignExport export = new CampaignExport(page.exporter());
		Path campaign = page.campaignFile();
		Path out = page.outputFolder();
		boolean force = page.force();
		AtomicReference<List<Path>> written = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					written.set(export.run(campaign, out, force, monitor));
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		refreshWorkspace();
		MessageDialog.openInformation(getShell(), "Export Campaign",
				"Wrote " + written.get().size() + (written.get().size() == 1 ? " file" : " files") + " to " + out + ".");
		return true;
	}

	/** Exports often land inside a campaign workspace; show them without a manual refresh. */
	private static void refreshWorkspace() {
		try {
			ResourcesPlugin.getWorkspace().getRoot().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			org.eclipse.core.runtime.ILog.of(ExportCampaignWizard.class).log(e.getStatus());
		}
	}
}
