package io.parley.ui.updates;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Looks on the known update sites for newer versions of what is installed, as Help > Check for
 * Updates does, and when there are some asks whether to review them. A site that cannot be reached
 * or has nothing newer says nothing: the check runs at every start.
 */
final class UpdateCheck extends Job {

	private final ProvisioningUI ui;

	UpdateCheck(ProvisioningUI ui) {
		super("Looking for updates");
		this.ui = ui;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		UpdateOperation operation = ui.getUpdateOperation(null, null);
		IStatus status = operation.resolveModal(monitor);
		if (status.getSeverity() != IStatus.ERROR && status.getSeverity() != IStatus.CANCEL
				&& operation.getSelectedUpdates().length > 0) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> offer(operation));
		}
		return Status.OK_STATUS;
	}

	private void offer(UpdateOperation operation) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Shell shell = window == null ? null : window.getShell();
		int count = operation.getSelectedUpdates().length;
		if (MessageDialog.openQuestion(shell, "Updates available",
				(count == 1 ? "An update is" : count + " updates are") + " available for what is installed. Review and install now?")) {
			ui.openUpdateWizard(true, operation, null);
		}
	}
}
