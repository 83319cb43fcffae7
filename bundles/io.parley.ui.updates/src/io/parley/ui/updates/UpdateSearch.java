package io.parley.ui.updates;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Looks for updates as a person asked for them: each known update site is read, the sites that could
 * not be read are remembered with the reason, and the installation's updates are looked for on the
 * others. What was found is offered in p2's update wizard; what could not be looked at is said plainly.
 */
final class UpdateSearch extends Job {

	static final String TITLE = "Check for Updates";

	private final ProvisioningUI ui;

	UpdateSearch(ProvisioningUI ui) {
		super("Looking for updates");
		this.ui = ui;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		URI[] sites = ui.getRepositoryTracker().getKnownRepositories(ui.getSession());
		SubMonitor progress = SubMonitor.convert(monitor, "Looking for updates", sites.length + 1);
		IMetadataRepositoryManager metadata = ui.getSession().getProvisioningAgent().getService(IMetadataRepositoryManager.class);
		List<URI> reached = new ArrayList<>();
		Map<URI, String> unreachable = new LinkedHashMap<>();
		try {
			for (URI site : sites) {
				try {
					metadata.loadRepository(site, progress.split(1));
					reached.add(site);
				} catch (ProvisionException e) {
					unreachable.put(site, reason(e.getStatus()));
				}
			}
			UpdateOperation operation = null;
			if (!reached.isEmpty()) {
				operation = ui.getUpdateOperation(null, reached.toArray(URI[]::new));
				operation.resolveModal(progress.split(1));
			}
			UpdateOperation found = operation;
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> report(sites.length, found, unreachable));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	private void report(int sites, UpdateOperation operation, Map<URI, String> unreachable) {
		Shell shell = shell();
		boolean updates = operation != null && operation.hasResolved() && operation.getSelectedUpdates().length > 0;
		if (!unreachable.isEmpty()) {
			MessageDialog.openWarning(shell, TITLE, notReached(unreachable) + (unreachable.size() == sites ? ""
					: updates ? "\n\nUpdates were found on the other sites." : "\n\nNothing newer was found on the other sites."));
		} else if (sites == 0) {
			MessageDialog.openInformation(shell, TITLE, "No update site is known. Add one with Help > Install New Software... (Add...), "
					+ "or in Window > Preferences > Install/Update > Available Software Sites.");
		} else if (!updates) {
			MessageDialog.openInformation(shell, TITLE, operation != null && operation.getResolutionResult().getSeverity() == IStatus.ERROR
					? "Updates could not be worked out: " + operation.getResolutionResult().getMessage()
					: "No updates found: what is installed is the newest on " + (sites == 1 ? "its update site." : "its " + sites + " update sites."));
		}
		if (updates) {
			ui.openUpdateWizard(false, operation, null);
		}
	}

	private static String notReached(Map<URI, String> unreachable) {
		StringBuilder text = new StringBuilder(unreachable.size() == 1 ? "This update site could not be reached, so updates could not be looked for there:"
				: "These update sites could not be reached, so updates could not be looked for there:");
		unreachable.forEach((site, why) -> text.append("\n\n").append(site).append("\n").append(why));
		return text.append("\n\nCheck the address in Window > Preferences > Install/Update > Available Software Sites, or try again once the network is back.")
				.toString();
	}

	/** What went wrong in the words p2 found for it, the most precise last: "Unknown Host: updates.example.com". */
	private static String reason(IStatus status) {
		IStatus innermost = status;
		while (innermost.getChildren().length > 0) {
			innermost = innermost.getChildren()[0];
		}
		return innermost == status ? status.getMessage() : status.getMessage() + ": " + innermost.getMessage();
	}

	private static Shell shell() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window == null ? null : window.getShell();
	}
}
