package io.parley.ui.audiences;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.audience.AudienceSize;
import io.parley.model.audience.TargetingCriteria;
import io.parley.model.json.Json;
import io.parley.model.forecast.FrequencyCap;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.ParleyFormEditor;

/**
 * The audience's size band from the rule set, the members a campaign can reach per cap window after
 * competitive blocking, and the targetingCriteria preview; all follow every change.
 */
final class ReachSection {

	private static final ObjectMapper JSON = Json.mapper();

	private final ParleyFormEditor editor;
	private final Label band;
	private final Label reach;
	private final StyledText preview;

	ReachSection(AudiencePage page, FormToolkit toolkit, Composite parent, Composite previewParent) {
		this.editor = page.editor();
		band = toolkit.createLabel(parent, "", SWT.WRAP);
		band.setLayoutData(wrapping());
		reach = toolkit.createLabel(parent, "", SWT.WRAP);
		reach.setLayoutData(wrapping());
		preview = new StyledText(previewParent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		toolkit.adapt(preview, true, false);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 240;
		data.widthHint = 200;
		preview.setLayoutData(data);
		Consumer<String> listener = pointer -> refresh();
		editor.editing().document().addListener(listener);
		preview.addDisposeListener(e -> editor.editing().document().removeListener(listener));
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

	String preview() {
		return preview.getText();
	}

	private void refresh() {
		if (preview.isDisposed()) {
			return;
		}
		JsonNode audience = editor.editing().document().root();
		RuleSet rules = editor.diagnostics().context().ruleSet();
		AudienceSize size = AudienceSize.of(audience.path("estimatedSize").asLong(0), rules);
		band.setText(size.advice());
		band.setForeground(size.band().needsAttention() ? band.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		reach.setText(reachText(size.size(), rules));
		try {
			preview.setText(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(TargetingCriteria.of(audience)));
		} catch (JsonProcessingException e) {
			preview.setText(e.getMessage());
		}
		band.getParent().layout(true, true);
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
