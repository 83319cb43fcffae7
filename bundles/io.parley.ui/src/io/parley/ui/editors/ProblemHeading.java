package io.parley.ui.editors;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.Severity;

/**
 * The form heading's one-line summary of a document's problems, so a problem no field shows is still
 * in sight. A change in which problems there are shows at once; a change only in their wording (a
 * length that grows with each keystroke) waits until typing pauses, because every new heading text
 * lays the whole form out again, which on a long message costs more than the keystroke itself.
 */
final class ProblemHeading {

	private static final int TYPING_PAUSE_MILLIS = 300;

	private final ScrolledForm form;
	private final Runnable showLatest = this::showLatest;
	private List<Diagnostic> latest = List.of();
	private String shownProblems;

	ProblemHeading(ScrolledForm form) {
		this.form = form;
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
		if (!summary.equals(form.getMessage())) {
			form.setMessage(summary, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
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
