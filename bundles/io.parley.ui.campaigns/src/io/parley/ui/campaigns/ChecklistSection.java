package io.parley.ui.campaigns;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
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
import io.parley.model.validation.DocumentContext;

/** Seed 001's launch checklist, each step ticked from the campaign's documents as they are now. */
final class ChecklistSection extends SectionPart {

	private static final Color DONE = new Color(0, 128, 0);
	private static final Color TO_DO = new Color(190, 0, 30);

	private final OverviewPage page;
	private final TableViewer viewer;

	ChecklistSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		this.page = page;
		Section section = getSection();
		section.setText("Ready to Launch?");
		section.setDescription("From " + LaunchChecklist.SOURCE + ".");
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		TableColumnLayout columns = new TableColumnLayout();
		client.setLayout(columns);
		viewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "", 1, ChecklistSection::mark, true);
		column(columns, "Step", 4, ChecklistItem::title, false);
		column(columns, "What the documents say", 9, ChecklistItem::detail, false);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.heightHint = viewer.getTable().getItemHeight() * 7 + viewer.getTable().getHeaderHeight();
		client.setLayoutData(data);
		section.setClient(client);
		page.onChange(this::update, viewer.getTable());
	}

	private void column(TableColumnLayout columns, String title, int weight, Function<ChecklistItem, String> text, boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ChecklistItem) element);
			}

			@Override
			public Color getForeground(Object element) {
				return coloured ? (((ChecklistItem) element).isDone() ? DONE : TO_DO) : null;
			}
		});
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 20));
	}

	private static String mark(ChecklistItem item) {
		return switch (item.state()) {
			case DONE -> "\u2714";
			case TO_DO -> "\u2718";
			case NOT_APPLICABLE -> "\u2013";
		};
	}

	private void update() {
		if (!viewer.getTable().isDisposed()) {
			viewer.setInput(items());
		}
	}

	/** The checklist as the table shows it now. */
	List<ChecklistItem> items() {
		CampaignParts parts = page.campaignEditor().parts();
		RuleSet rules = page.editor().diagnostics().context().ruleSet();
		Path contentFile = parts.file(CampaignParts.CONTENT).orElse(page.editor().file().getLocation().toFile().toPath());
		DocumentContext context = DocumentContext.of(contentFile, parts.content().orElse(parts.campaign()), rules);
		return new LaunchChecklist(parts, rules, context).items();
	}
}
