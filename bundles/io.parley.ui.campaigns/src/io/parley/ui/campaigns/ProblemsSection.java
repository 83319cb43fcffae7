package io.parley.ui.campaigns;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.ide.IDE;

import io.parley.ui.editors.ParleySection;

/**
 * Every problem of the campaign and of the documents it uses, in one list that wraps to the
 * section's width; click one to go to its field, in this editor or in the part's own.
 */
final class ProblemsSection extends ParleySection {

	private static final Color ERROR_COLOR = new Color(190, 0, 30);
	private static final Color WARNING_COLOR = new Color(150, 90, 0);

	private final OverviewPage page;
	private final FormToolkit toolkit;
	private final Composite rows;
	private List<CampaignProblems.Problem> shown;

	ProblemsSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Problems", null, 2, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		this.toolkit = toolkit;
		rows = client();
		refresh();
	}

	/** Lists the problems again when they changed: each as its severity and a link saying where and what. */
	@Override
	public void refresh() {
		super.refresh();
		List<CampaignProblems.Problem> problems = page.problems();
		if (Objects.equals(problems, shown)) {
			return;
		}
		shown = problems;
		for (Control row : rows.getChildren()) {
			row.dispose();
		}
		if (problems.isEmpty()) {
			Control none = toolkit.createLabel(rows, "No problems in the campaign or its documents.");
			none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		}
		problems.forEach(this::addRow);
		getSection().getParent().layout(true, true);
		page.getManagedForm().reflow(true);
	}

	private void addRow(CampaignProblems.Problem problem) {
		toolkit.createLabel(rows, problem.severity()).setForeground(switch (problem.diagnostic().severity()) {
			case ERROR -> ERROR_COLOR;
			case WARNING -> WARNING_COLOR;
			case INFO -> null;
		});
		Hyperlink link = toolkit.createHyperlink(rows, problem.document() + ": " + problem.diagnostic().message(), SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		link.setLayoutData(data);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				reveal(problem);
			}
		});
	}

	private void reveal(CampaignProblems.Problem problem) {
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
