package io.parley.ui.wizards;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;

/**
 * Creates a document of one kind, named in the wizard's declaration after a colon:
 * {@code class="io.parley.ui.wizards.NewDocumentWizard:flow"}. So any contributed kind gets a New
 * wizard from one line of plugin.xml.
 */
public final class NewDocumentWizard extends BasicNewResourceWizard implements IExecutableExtension {

	private DocumentKindDescriptor kind;
	private NewDocumentPage page;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) throws CoreException {
		String kindId = data instanceof String id ? id : "";
		kind = DocumentKindRegistry.getDefault().byId(kindId).orElseThrow(() -> new CoreException(
				org.eclipse.core.runtime.Status.error("No document kind '" + kindId + "' for the wizard " + config.getAttribute("id"))));
	}

	@Override
	public void addPages() {
		setWindowTitle("New " + kind.name());
		page = new NewDocumentPage(kind, getSelection());
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		return NewDocuments.createAndOpen(getWorkbench(), page);
	}
}
