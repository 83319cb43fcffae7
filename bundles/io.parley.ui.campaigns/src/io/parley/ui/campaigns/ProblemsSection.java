package io.parley.ui.campaigns;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;

import io.parley.ui.editors.ListTable;

/**
 * Every problem of the campaign and of the documents it uses, in one list; double-click one to go
 * to its field, in this editor or in the part's own.
 */
final class ProblemsSection extends SectionPart {

	private final OverviewPage page;
	private final ListTable<CampaignProblems.Problem> table;

	ProblemsSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR);
		this.page = page;
		Section section = getSection();
		section.setText("Problems");
		table = new ListTable<>(toolkit, section, CampaignProblems.Problem.class)
				.column("Document", 3, CampaignProblems.Problem::document).column("", 2, CampaignProblems.Problem::severity)
				.column("Problem", 8, problem -> problem.diagnostic().message());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 140;
		table.control().setLayoutData(data);
		section.setClient(table.control());
		table.viewer().addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
		page.onChange(this::update, table.control());
	}

	private void update() {
		if (!table.isDisposed()) {
			table.show(problems());
		}
	}

	List<CampaignProblems.Problem> problems() {
		return page.problems();
	}

	private void reveal(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof CampaignProblems.Problem problem)) {
			return;
		}
		if (problem.marker() == null) {
			page.editor().fields().reveal(problem.diagnostic().path(), -1, -1);
			return;
		}
		try {
			IDE.openEditor(page.getSite().getPage(), problem.marker());
		} catch (PartInitException e) {
			page.getManagedForm().getForm().setMessage("Cannot open " + problem.document() + ": " + e.getMessage(),
					IMessageProvider.ERROR);
		}
	}
}
