package io.parley.scripting.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/** A text editor for automation scripts with JavaScript colouring; problems come as markers. */
public final class JavaScriptEditor extends TextEditor {

	/** Made in initializeEditor, which the superclass constructor calls before field initializers run. */
	private ColorCache colors;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		colors = new ColorCache();
		setSourceViewerConfiguration(new JavaScriptViewerConfiguration(getPreferenceStore(), colors));
		setDocumentProvider(new JavaScriptDocumentProvider());
	}

	@Override
	public void dispose() {
		super.dispose();
		colors.dispose();
	}
}
