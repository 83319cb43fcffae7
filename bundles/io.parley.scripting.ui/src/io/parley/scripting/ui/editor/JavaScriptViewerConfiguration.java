package io.parley.scripting.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Colours keywords, the parley API, strings and comments. */
final class JavaScriptViewerConfiguration extends TextSourceViewerConfiguration {

	private final ColorCache colors;

	JavaScriptViewerConfiguration(IPreferenceStore preferences, ColorCache colors) {
		super(preferences);
		this.colors = colors;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return new String[] { IDocument.DEFAULT_CONTENT_TYPE, JavaScriptPartitions.COMMENT, JavaScriptPartitions.STRING };
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		set(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new JavaScriptCodeScanner(colors));
		set(reconciler, JavaScriptPartitions.COMMENT, whole(new RGB(0x3F, 0x7F, 0x5F), SWT.ITALIC));
		set(reconciler, JavaScriptPartitions.STRING, whole(new RGB(0x2A, 0x00, 0xFF), SWT.NORMAL));
		return reconciler;
	}

	private ITokenScanner whole(RGB rgb, int style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(new TextAttribute(colors.get(rgb), null, style)));
		return scanner;
	}

	private static void set(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(repairer, contentType);
		reconciler.setRepairer(repairer, contentType);
	}
}
