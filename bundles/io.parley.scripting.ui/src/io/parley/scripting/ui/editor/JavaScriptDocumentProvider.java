package io.parley.scripting.ui.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;

/** Opens scripts as workspace text files and partitions them for colouring. */
final class JavaScriptDocumentProvider extends TextFileDocumentProvider {

	@Override
	public void connect(Object element) throws CoreException {
		super.connect(element);
		IDocument document = getDocument(element);
		if (document != null && document.getDocumentPartitioner() == null) {
			JavaScriptPartitions.connect(document);
		}
	}
}
