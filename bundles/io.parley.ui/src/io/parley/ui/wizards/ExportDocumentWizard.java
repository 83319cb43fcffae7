package io.parley.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import io.parley.core.export.CampaignExport;
import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;

/**
 * File > Export > Parley > a kind of document: the same export as {@code parley export}, with
 * progress and cancel, through the exporters that write that kind. The kind is named in the wizard's
 * declaration after a colon, {@code class="io.parley.ui.wizards.ExportDocumentWizard:sequence"}, so a
 * plugin whose exporter writes its own kind gets an Export wizard from one entry of plugin.xml.
 */
public final class ExportDocumentWizard extends Wizard implements IExportWizard, IExecutableExtension {

	private DocumentKindDescriptor kind;
	private ExportDocumentPage page;
	private IStructuredSelection selection;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) throws CoreException {
		String kindId = data instanceof String id ? id : "";
		kind = DocumentKindRegistry.getDefault().byId(kindId).orElseThrow(() -> new CoreException(
				Status.error("No document kind '" + kindId + "' for the wizard " + config.getAttribute("id"))));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		selection = currentSelection;
		setWindowTitle("Export " + kind.name());
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ExportDocumentPage(kind, selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		CampaignExport export = new CampaignExport(page.exporter());
		Path document = page.documentFile();
		Path out = page.outputFolder();
		boolean force = page.force();
		AtomicReference<List<Path>> written = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					written.set(export.run(document, out, force, monitor));
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
		MessageDialog.openInformation(getShell(), getWindowTitle(),
				"Wrote " + written.get().size() + (written.get().size() == 1 ? " file" : " files") + " to " + out + ".");
		return true;
	}

	/** Exports often land inside a campaign workspace; show them without a manual refresh. */
	private static void refreshWorkspace() {
		try {
			ResourcesPlugin.getWorkspace().getRoot().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			org.eclipse.core.runtime.ILog.of(ExportDocumentWizard.class).log(e.getStatus());
		}
	}
}
