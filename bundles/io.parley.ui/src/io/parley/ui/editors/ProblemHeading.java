package io.parley.ui.editors;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/**
 * The form heading's summary of a document's problems, so a problem no field shows is still in
 * sight. A change in which problems there are shows at once; a change only in their wording (a
 * length that grows with each keystroke) waits until typing pauses, because every new heading text
 * lays the whole form out again, which on a long message costs more than the keystroke itself.
 * <p>
 * The heading's message is one line, and a longer one made the whole page wider than the window.
 * Where the summary does not fit beside the title (the editor beside the explorer in a 1024x768
 * window), the line holds the counts and the first problem's words wrap below it, whole: they were
 * cut with an ellipsis there, the rest only in a tooltip.
 */
final class ProblemHeading {

	private static final int TYPING_PAUSE_MILLIS = 300;
	/** The heading's icon, the gaps around the title and the message, and the form's margins. */
	private static final int HEADING_TRIM = 60;

	private final ScrolledForm form;
	private final Label below;
	private final Runnable showLatest = this::showLatest;
	private List<Diagnostic> latest = List.of();
	private String shownProblems;

	ProblemHeading(ScrolledForm form) {
		this.form = form;
		below = new Label(form.getForm().getHead(), SWT.WRAP);
		below.setVisible(false);
		form.addListener(SWT.Resize, e -> {
			if (shownProblems != null) {
				showLatest();
			}
		});
	}

	void show(List<Diagnostic> diagnostics) {
		if (form.isDisposed()) {
			return;
		}
		latest = diagnostics;
		if (problems(diagnostics).equals(shownProblems)) {
			form.getDisplay().timerExec(TYPING_PAUSE_MILLIS, showLatest);
		} else {
			form.getDisplay().timerExec(-1, showLatest);
			showLatest();
		}
	}

	private void showLatest() {
		if (form.isDisposed()) {
			return;
		}
		shownProblems = problems(latest);
		long errors = latest.stream().filter(Diagnostic::isError).count();
		long warnings = latest.stream().filter(d -> d.severity() == Severity.WARNING).count();
		if (errors + warnings == 0) {
			if (form.getMessage() != null) {
				form.setMessage(null, IMessageProvider.NONE);
				wrapBelow(null);
				form.reflow(true);
			}
			return;
		}
		String counts = count(errors, "error") + ", " + count(warnings, "warning");
		String words = first(latest).message();
		String summary = counts + ". " + words;
		boolean fits = fitsBesideTitle(summary);
		String line = fits ? summary : counts;
		String wrapped = fits ? null : words;
		if (!line.equals(form.getMessage()) || !Objects.equals(wrapped, below.isVisible() ? below.getText() : null)) {
			form.setMessage(line, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
			wrapBelow(wrapped);
			form.reflow(true);
		}
	}

	/** Shows {@code words} on lines of their own under the title, or nothing there when null. */
	private void wrapBelow(String words) {
		below.setText(words == null ? "" : words);
		below.setVisible(words != null);
		form.getForm().setHeadClient(words == null ? null : below);
	}

	private boolean fitsBesideTitle(String summary) {
		GC gc = new GC(form.getForm().getHead());
		try {
			gc.setFont(JFaceResources.getHeaderFont());
			int room = form.getClientArea().width - gc.textExtent(form.getText()).x - HEADING_TRIM;
			gc.setFont(form.getBody().getFont());
			return gc.textExtent(summary).x <= room;
		} finally {
			gc.dispose();
		}
	}

	/** Which problems there are, regardless of their wording: the counts and the rule of the one shown. */
	private static String problems(List<Diagnostic> diagnostics) {
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		return errors + "/" + diagnostics.size() + (diagnostics.isEmpty() ? "" : "/" + first(diagnostics).ruleId());
	}

	private static Diagnostic first(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(diagnostics.get(0));
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
