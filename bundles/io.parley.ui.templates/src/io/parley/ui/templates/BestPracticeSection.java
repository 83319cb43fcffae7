package io.parley.ui.templates;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.rules.Rule;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.Severity;
import io.parley.ui.editors.ParleyFormEditor;

/**
 * The rule set's advice that applies to this message now, in plain words with where it comes from;
 * double-click one to go to its field.
 */
final class BestPracticeSection extends SectionPart {

	private final ParleyFormEditor editor;
	private final TableViewer viewer;
	private List<Diagnostic> shown = List.of();

	BestPracticeSection(MessagePage page, Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.editor = page.editor();
		Section section = getSection();
		section.setText("Best Practice");
		section.setDescription("What the seed documents and LinkedIn recommend. The message can still be sent.");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = toolkit.createComposite(section);
		TableColumnLayout columns = new TableColumnLayout();
		client.setLayout(columns);
		viewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Advice", 3, Diagnostic::message);
		column(columns, "Source", 2, d -> editor.diagnostics().context().ruleSet().rule(d.ruleId()).map(Rule::source).orElse(""));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 120;
		client.setLayoutData(data);
		section.setClient(client);
		viewer.addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
		Runnable refresh = this::update;
		editor.diagnostics().addListener(refresh);
		client.addDisposeListener(e -> editor.diagnostics().removeListener(refresh));
		update();
	}

	private void column(TableColumnLayout columns, String title, int weight, java.util.function.Function<Diagnostic, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Diagnostic) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((Diagnostic) element);
			}
		});
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
	}

	private void update() {
		List<Diagnostic> advice = editor.diagnostics().all().stream().filter(d -> d.severity() != Severity.ERROR).toList();
		if (!advice.equals(shown) && !viewer.getTable().isDisposed()) {
			shown = advice;
			viewer.setInput(advice);
		}
	}

	private void reveal(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof Diagnostic diagnostic) {
			editor.fields().reveal(diagnostic.path(), diagnostic.start(), diagnostic.end());
		}
	}

	/** The advice listed now, for tests and for the reader of a screenshot. */
	List<Diagnostic> advice() {
		return shown;
	}
}
