package io.parley.ui.tests.support;

import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Form;

import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.ui.editors.ParleyFormEditor;

/**
 * Whether what a person reads about problems has caught up with them: the form heading, which
 * follows a change in wording only once typing pauses, and the Problems view, which gathers marker
 * changes before it shows them. Tests wait on these instead of waiting a fixed time.
 */
public final class ProblemsShown {

	private ProblemsShown() {
	}

	/**
	 * Whether the heading of the editor's page sums up the editor's problems as they are now: their
	 * counts and the first one's words, whole, or nothing when there is no error or warning.
	 */
	public static boolean inHeading(ParleyFormEditor editor) {
		List<Diagnostic> all = editor.diagnostics().all();
		String heading = heading(editor);
		long errors = all.stream().filter(Diagnostic::isError).count();
		long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
		if (errors + warnings == 0) {
			return heading == null || heading.isEmpty();
		}
		if (heading == null) {
			return false;
		}
		Diagnostic first = all.stream().filter(Diagnostic::isError).findFirst().orElse(all.get(0));
		String summary = count(errors, "error") + ", " + count(warnings, "warning") + ". " + first.message();
		return heading.equals(summary);
	}

	/**
	 * What the heading of the editor's page says about problems, or null: its message line, and the
	 * words wrapped below it where the whole summary did not fit on that line.
	 */
	public static String heading(ParleyFormEditor editor) {
		Form form = editor.getActivePageInstance().getManagedForm().getForm().getForm();
		if (form.getMessage() == null) {
			return null;
		}
		return form.getHeadClient() instanceof Label below && below.isVisible() ? form.getMessage() + ". " + below.getText() : form.getMessage();
	}

	/** Whether the Problems view lists an entry containing {@code text}, its groups expanded to show it. */
	public static boolean inProblemsView(String text) {
		IViewPart problems = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(IPageLayout.ID_PROBLEM_VIEW);
		if (problems == null || !(problems.getSite().getSelectionProvider() instanceof TreeViewer viewer)) {
			return false;
		}
		viewer.expandAll();
		return contains(viewer.getTree().getItems(), text);
	}

	private static boolean contains(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText(0).contains(text) || contains(item.getItems(), text)) {
				return true;
			}
		}
		return false;
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
