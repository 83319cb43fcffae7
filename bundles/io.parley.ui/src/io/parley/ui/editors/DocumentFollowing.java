package io.parley.ui.editors;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Widget;

/**
 * The one place where what a form shows starts and stops hearing its document: its changes, its
 * checks or both, from when it is made until its widget is disposed.
 */
final class DocumentFollowing {

	private DocumentFollowing() {
	}

	static void whileShown(Widget shown, ParleyFormEditor editor, Consumer<String> changed, Runnable checked) {
		changesWhileShown(shown, editor.editing().document(), changed);
		checksWhileShown(shown, editor.diagnostics(), checked);
	}

	static void changesWhileShown(Widget shown, JsonDocument document, Consumer<String> changed) {
		document.addListener(changed);
		shown.addDisposeListener(e -> document.removeListener(changed));
	}

	static void checksWhileShown(Widget shown, DocumentDiagnostics diagnostics, Runnable checked) {
		diagnostics.addListener(checked);
		shown.addDisposeListener(e -> diagnostics.removeListener(checked));
	}
}
