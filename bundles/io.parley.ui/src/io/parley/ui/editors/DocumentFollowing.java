package io.parley.ui.editors;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Widget;

/**
 * The one place where what a form shows starts and stops hearing its document: every change of it
 * and every new check of it, from when it is made until its widget is disposed.
 */
final class DocumentFollowing {

	private DocumentFollowing() {
	}

	static void whileShown(Widget shown, ParleyFormEditor editor, Consumer<String> changed, Runnable checked) {
		JsonDocument document = editor.editing().document();
		DocumentDiagnostics diagnostics = editor.diagnostics();
		document.addListener(changed);
		diagnostics.addListener(checked);
		shown.addDisposeListener(e -> {
			document.removeListener(changed);
			diagnostics.removeListener(checked);
		});
	}
}
