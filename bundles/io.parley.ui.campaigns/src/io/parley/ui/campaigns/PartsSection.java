package io.parley.ui.campaigns;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.campaign.CampaignParts;
import io.parley.model.files.DocumentKind;
import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.JsonDocument;
import io.parley.ui.editors.ParleySection;
import io.parley.ui.editors.TextBinding;

/** What the campaign is made of: name, format, audience, content, budget, sender, schedule. */
final class PartsSection extends ParleySection {

	private static final List<MessageFormat> FORMATS = Arrays.asList(MessageFormat.values());
	private static final String DATE = "A date written as 2026-12-01 (year, month, day)";

	private final OverviewPage page;
	private final FormToolkit toolkit;
	private final List<DocumentChooser> choosers;
	private Combo formatChoice;
	private final InMailPlanChooser inMailPlan;

	PartsSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Campaign",
				"The documents this campaign sends, to whom, from whom and when.", 3, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		this.toolkit = toolkit;
		text("/name", "Name");
		format();
		choosers = List.of(new DocumentChooser(page, toolkit, client(), CampaignParts.AUDIENCE, "Audience", DocumentKind.AUDIENCE.suffix()),
				new DocumentChooser(page, toolkit, client(), CampaignParts.CONTENT, "Content", DocumentKind.TEMPLATE.suffix(),
						DocumentKind.FLOW.suffix()),
				new DocumentChooser(page, toolkit, client(), CampaignParts.BUDGET, "Budget", DocumentKind.BUDGET.suffix()));
		text("/sender", "Sender");
		text("/schedule/start", "First send").setToolTipText(DATE);
		text("/schedule/end", "Last send").setToolTipText(DATE);
		inMailPlan = new InMailPlanChooser(page, toolkit, client());
		refresh();
	}

	/** Shows the format and the parts chosen, among the documents beside the campaign now. */
	@Override
	public void refresh() {
		formatChoice.select(MessageFormat.of(page.editing().document().text("/format")).map(FORMATS::indexOf).orElse(-1));
		choosers.forEach(DocumentChooser::show);
		inMailPlan.show();
		super.refresh();
	}

	private StyledText text(String pointer, String label) {
		toolkit.createLabel(client(), label + ":");
		StyledText text = new StyledText(client(), SWT.SINGLE | SWT.BORDER);
		toolkit.adapt(text, true, false);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.horizontalIndent = 8;
		text.setLayoutData(data);
		TextBinding.bind(text, page.editing(), pointer, label);
		page.editor().fields().register(pointer, text, OverviewPage.ID);
		return text;
	}

	private void format() {
		toolkit.createLabel(client(), "Format:");
		Combo combo = new Combo(client(), SWT.READ_ONLY | SWT.DROP_DOWN);
		formatChoice = combo;
		combo.setItems(FORMATS.stream().map(MessageFormat::label).toArray(String[]::new));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		toolkit.adapt(combo);
		page.editor().fields().register("/format", combo, OverviewPage.ID);
		combo.addListener(SWT.Selection, e -> {
			MessageFormat chosen = FORMATS.get(combo.getSelectionIndex());
			if (!chosen.name().equals(page.editing().document().text("/format"))) {
				page.editing().set("Change format to " + chosen.label(), "/format", JsonDocument.textNode(chosen.name()));
			}
		});
	}
}
