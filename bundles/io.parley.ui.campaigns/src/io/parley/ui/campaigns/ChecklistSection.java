package io.parley.ui.campaigns;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.campaign.CampaignParts;
import io.parley.model.campaign.ChecklistItem;
import io.parley.model.campaign.LaunchChecklist;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.DocumentContext;
import io.parley.ui.editors.ListTable;

/**
 * Seed 001's launch checklist, each step ticked from the campaign's documents as they are now; the
 * message's length from the content's problems as the Problems list beside it shows them.
 */
final class ChecklistSection extends SectionPart {

	private static final Color DONE = new Color(0, 128, 0);
	private static final Color TO_DO = new Color(190, 0, 30);

	private final OverviewPage page;
	private final ListTable<ChecklistItem> table;

	ChecklistSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.page = page;
		Section section = getSection();
		section.setText("Ready to Launch?");
		section.setDescription("From " + LaunchChecklist.SOURCE + ".");
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new ListTable<>(toolkit, section, ChecklistItem.class)
				.column("", 1, ChecklistSection::mark, item -> item.isDone() ? DONE : TO_DO)
				.column("Step", 6, ChecklistItem::title).column("What the documents say", 9, ChecklistItem::detail);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = table.viewer().getTable().getItemHeight() * 7 + table.viewer().getTable().getHeaderHeight();
		table.control().setLayoutData(data);
		section.setClient(table.control());
		page.onChange(this::update, table.control());
	}

	private static String mark(ChecklistItem item) {
		return switch (item.state()) {
			case DONE -> "\u2714";
			case TO_DO -> "\u2718";
			case NOT_APPLICABLE -> "\u2013";
		};
	}

	private void update() {
		if (!table.isDisposed()) {
			table.show(items());
		}
	}

	/** The checklist as the table shows it now. */
	List<ChecklistItem> items() {
		CampaignParts parts = page.campaignEditor().parts();
		RuleSet rules = page.editor().diagnostics().context().ruleSet();
		Path contentFile = parts.file(CampaignParts.CONTENT).orElse(page.editor().file().getLocation().toFile().toPath());
		DocumentContext context = DocumentContext.of(contentFile, parts.content().orElse(parts.campaign()), rules);
		List<Diagnostic> contentProblems = parts.file(CampaignParts.CONTENT)
				.map(content -> CampaignProblems.of(page.problems(), content.getFileName().toString())).orElse(List.of());
		return new LaunchChecklist(parts, rules, context, contentProblems).items();
	}
}
