package io.parley.ui.audiences;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.audience.AudienceSize;
import io.parley.model.forecast.FrequencyCap;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.editors.ParleySection;

/**
 * The audience's size band from the rule set and the members a campaign can reach per cap window
 * after competitive blocking; both follow every change.
 */
final class ReachSection extends ParleySection {

	private final ParleyFormEditor editor;
	private final Label band;
	private final Label reach;

	ReachSection(AudiencePage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Reach", "Size band and members reachable per frequency-cap window.", 1, Refresh.AFTER_EVERY_CHANGE);
		this.editor = page.editor();
		AudiencePage.inColumn(getSection());
		Composite parent = client();
		band = toolkit.createLabel(parent, "", SWT.WRAP);
		band.setLayoutData(wrapping());
		reach = toolkit.createLabel(parent, "", SWT.WRAP);
		reach.setLayoutData(wrapping());
		refresh();
	}

	private static GridData wrapping() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		return data;
	}

	String bandText() {
		return band.getText();
	}

	String reachText() {
		return reach.getText();
	}

	@Override
	public void refresh() {
		JsonNode audience = editor.editing().document().root();
		RuleSet rules = editor.diagnostics().context().ruleSet();
		AudienceSize size = AudienceSize.of(audience.path("estimatedSize").asLong(0), rules);
		band.setText(size.advice());
		band.setForeground(size.band().needsAttention() ? band.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		reach.setText(reachText(size.size(), rules));
		band.getParent().layout(true, true);
		super.refresh();
	}

	private static String reachText(long size, RuleSet rules) {
		if (size <= 0) {
			return "Reach needs an estimated size.";
		}
		FrequencyCap cap = new FrequencyCap(rules);
		Range reachable = cap.reach(size);
		return String.format(Locale.ROOT, "Reachable per %d-day window: %,.0f-%,.0f members. LinkedIn delivers one sponsored"
				+ " message per member per window from all advertisers, and competitive blocking leaves %.0f-%.0f%% of an"
				+ " audience reachable.", cap.windowDays(), reachable.low(), reachable.high(), 100 * reachable.low() / size,
				100 * reachable.high() / size);
	}
}
