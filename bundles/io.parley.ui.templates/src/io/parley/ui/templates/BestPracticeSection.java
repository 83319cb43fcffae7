package io.parley.ui.templates;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.rules.Rule;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.Severity;
import io.parley.ui.editors.ListTable;
import io.parley.ui.editors.ParleyFormEditor;

/**
 * The rule set's advice that applies to this message now, in plain words with where it comes from;
 * double-click one to go to its field.
 */
final class BestPracticeSection extends SectionPart {

	private final ParleyFormEditor editor;
	private final ListTable<Diagnostic> table;
	private List<Diagnostic> shown = List.of();

	BestPracticeSection(MessagePage page, Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.editor = page.editor();
		Section section = getSection();
		section.setText("Best Practice");
		section.setDescription("What the seed documents and LinkedIn recommend. The message can still be sent.");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new ListTable<>(toolkit, section, Diagnostic.class).column("Advice", 3, Diagnostic::message).column("Source", 2,
				d -> editor.diagnostics().context().ruleSet().rule(d.ruleId()).map(Rule::source).orElse(""));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 120;
		table.control().setLayoutData(data);
		section.setClient(table.control());
		table.viewer().addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
		Runnable refresh = this::update;
		editor.diagnostics().addListener(refresh);
		table.control().addDisposeListener(e -> editor.diagnostics().removeListener(refresh));
		update();
	}

	private void update() {
		List<Diagnostic> advice = editor.diagnostics().all().stream().filter(d -> d.severity() != Severity.ERROR).toList();
		if (!advice.equals(shown) && !table.isDisposed()) {
			shown = advice;
			table.show(advice);
		}
	}

	private void reveal(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof Diagnostic diagnostic) {
			editor.fields().reveal(diagnostic.path(), diagnostic.start(), diagnostic.end());
		}
	}
}
