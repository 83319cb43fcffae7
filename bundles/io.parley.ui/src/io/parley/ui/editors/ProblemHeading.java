package io.parley.ui.editors;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/**
 * The form heading's one-line summary of a document's problems, so a problem no field shows is still
 * in sight. A change in which problems there are shows at once; a change only in their wording (a
 * length that grows with each keystroke) waits until typing pauses, because every new heading text
 * lays the whole form out again, which on a long message costs more than the keystroke itself.
 * <p>
 * The summary is shortened to the heading's width, its whole text a tooltip: the heading's text is
 * one line, and a longer one made the whole page wider than the window, its right side out of sight.
 */
final class ProblemHeading {

	private static final int TYPING_PAUSE_MILLIS = 300;
	/** The heading's icon, the gaps around the title and the message, and the form's margins. */
	private static final int HEADING_TRIM = 60;
	private static final String ELLIPSIS = "\u2026";

	private final ScrolledForm form;
	private final Runnable showLatest = this::showLatest;
	private List<Diagnostic> latest = List.of();
	private String shownProblems;

	ProblemHeading(ScrolledForm form) {
		this.form = form;
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
			}
			return;
		}
		String summary = count(errors, "error") + ", " + count(warnings, "warning") + ". " + first(latest).message();
		String fitted = fitted(summary);
		if (!fitted.equals(form.getMessage())) {
			form.setMessage(fitted, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
			form.getForm().getHead().setToolTipText(fitted.equals(summary) ? null : summary);
			form.reflow(true);
		}
	}

	/** {@code summary}, or as much of it as the heading has room for, ended by an ellipsis. */
	private String fitted(String summary) {
		Control head = form.getForm().getHead();
		GC gc = new GC(head);
		try {
			gc.setFont(JFaceResources.getHeaderFont());
			int room = form.getClientArea().width - gc.textExtent(form.getText()).x - HEADING_TRIM;
			gc.setFont(form.getBody().getFont());
			if (room <= 0 || gc.textExtent(summary).x <= room) {
				return summary;
			}
			int fits = 0;
			int tooLong = summary.length();
			while (tooLong - fits > 1) {
				int middle = (fits + tooLong) / 2;
				if (gc.textExtent(summary.substring(0, middle) + ELLIPSIS).x <= room) {
					fits = middle;
				} else {
					tooLong = middle;
				}
			}
			return summary.substring(0, fits).stripTrailing() + ELLIPSIS;
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
