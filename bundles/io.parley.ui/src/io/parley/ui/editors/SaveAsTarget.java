package io.parley.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.SaveAsDialog;

import io.parley.core.kinds.DocumentKindRegistry;

/** Asks where to save a copy of a document, keeping the kind's suffix so the copy stays a document of its kind. */
final class SaveAsTarget {

	private SaveAsTarget() {
	}

	static IFile ask(Shell shell, IFile original) {
		SaveAsDialog dialog = new SaveAsDialog(shell);
		dialog.setOriginalFile(original);
		if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
			return null;
		}
		IPath chosen = dialog.getResult();
		String suffix = DocumentKindRegistry.getDefault().forFileName(original.getName()).map(k -> k.suffix()).orElse("");
		if (!chosen.lastSegment().endsWith(suffix)) {
			chosen = chosen.removeLastSegments(1).append(chosen.lastSegment().replaceFirst("\\.json$", "") + suffix);
		}
		return original.getWorkspace().getRoot().getFile(chosen);
	}
}
