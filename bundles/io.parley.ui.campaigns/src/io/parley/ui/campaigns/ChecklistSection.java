package io.parley.ui.campaigns;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.core.rules.RuleRegistry;
import io.parley.model.campaign.CampaignParts;
import io.parley.model.campaign.ChecklistItem;
import io.parley.model.campaign.LaunchChecklist;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.DocumentContext;
import io.parley.ui.editors.ParleySection;

/**
 * The guide's launch checklist, each step ticked from the campaign's documents as they are now; the
 * message's length from the content's problems as the Problems list beside it shows them.
 */
final class ChecklistSection extends ParleySection {

	private static final Color DONE = new Color(0, 128, 0);
	private static final Color TO_DO = new Color(190, 0, 30);

	private final OverviewPage page;
	private final FormToolkit toolkit;
	private final Composite rows;

	ChecklistSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Ready to Launch?",
				LaunchChecklist.source(page.editor().diagnostics().context().ruleSet()), 3, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		this.toolkit = toolkit;
		rows = client();
		refresh();
	}

	private static String mark(ChecklistItem item) {
		return switch (item.state()) {
			case DONE -> "\u2714";
			case TO_DO -> "\u2718";
			case NOT_APPLICABLE -> "\u2013";
		};
	}

	/** Shows each step as a row: its mark, its title and what the documents say, wrapped to the section's width. */
	@Override
	public void refresh() {
		super.refresh();
		List<ChecklistItem> items = items();
		if (rows.getChildren().length != items.size() * 3) {
			for (Control row : rows.getChildren()) {
				row.dispose();
			}
			items.forEach(item -> addRow());
		}
		Control[] cells = rows.getChildren();
		for (int i = 0; i < items.size(); i++) {
			ChecklistItem item = items.get(i);
			((Label) cells[3 * i]).setText(mark(item));
			cells[3 * i].setForeground(item.isDone() ? DONE : TO_DO);
			((Label) cells[3 * i + 1]).setText(item.title());
			((Label) cells[3 * i + 2]).setText(item.detail());
		}
		getSection().getParent().layout(true, true);
		page.getManagedForm().reflow(true);
	}

	private void addRow() {
		toolkit.createLabel(rows, "").setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
		toolkit.createLabel(rows, "").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label detail = toolkit.createLabel(rows, "", SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		detail.setLayoutData(data);
	}

	/** The checklist as the section shows it now. */
	List<ChecklistItem> items() {
		CampaignParts parts = page.campaignEditor().parts();
		RuleSet rules = page.editor().diagnostics().context().ruleSet();
		Path contentFile = parts.file(CampaignParts.CONTENT).orElse(page.editor().file().getLocation().toFile().toPath());
		DocumentContext context = DocumentContext.of(contentFile, parts.content().orElse(parts.campaign()), RuleRegistry.getDefault().catalog(), rules);
		List<Diagnostic> contentProblems = parts.file(CampaignParts.CONTENT)
				.map(content -> CampaignProblems.of(page.problems(), content.getFileName().toString())).orElse(List.of());
		return new LaunchChecklist(parts, rules, context, contentProblems).items();
	}
}
