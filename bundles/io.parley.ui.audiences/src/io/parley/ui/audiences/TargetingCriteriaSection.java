package io.parley.ui.audiences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.audience.TargetingCriteria;
import io.parley.model.json.Json;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.ParleySection;

/** The targetingCriteria that LinkedIn's Marketing API receives for the audience, following every change. */
final class TargetingCriteriaSection extends ParleySection {

	private static final ObjectMapper JSON = Json.mapper();

	private final ParleyFormPage page;
	private final StyledText preview;

	TargetingCriteriaSection(AudiencePage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Marketing API targeting",
				"The targetingCriteria LinkedIn's Marketing API receives for this audience.", 1, Refresh.AFTER_EVERY_CHANGE);
		this.page = page;
		AudiencePage.inColumn(getSection());
		preview = new StyledText(client(), SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
		toolkit.adapt(preview, true, false);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 240;
		data.widthHint = 200;
		preview.setLayoutData(data);
		refresh();
	}

	String preview() {
		return preview.getText();
	}

	@Override
	public void refresh() {
		try {
			preview.setText(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(TargetingCriteria.of(page.editing().document().root())));
		} catch (JsonProcessingException e) {
			preview.setText(e.getMessage());
		}
		super.refresh();
	}
}
