package io.parley.ui.campaigns;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.widgets.ColumnLayoutData;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.ParleySection;

/**
 * The campaign at a glance: its parts, readiness, forecast and every problem of its documents, in
 * two columns where the editor is wide enough and in one where it is not. Every section follows the
 * part documents as they are saved, since the editor checks the campaign again whenever a document
 * beside it changes, and is shown again when the problems of a part change.
 */
final class OverviewPage extends ParleyFormPage {

	static final String ID = "overview";
	private static final int COLUMN_WIDTH = 420;

	OverviewPage(CampaignEditor editor) {
		super(editor, ID, "Overview");
	}

	CampaignEditor campaignEditor() {
		return (CampaignEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		// Watch before the sections first read the markers: a part's check finishing in between is not missed
		PartMarkers.watch(campaignEditor(), body, () -> {
			for (IFormPart part : managedForm.getParts()) {
				part.refresh();
			}
		});
		add(managedForm, new PartsSection(this, body, toolkit));
		add(managedForm, new ChecklistSection(this, body, toolkit));
		add(managedForm, new ForecastSection(this, body, toolkit));
		add(managedForm, new ProblemsSection(this, body, toolkit));
	}

	/**
	 * Adds a section that asks for {@link #COLUMN_WIDTH}: sections stand side by side where two such
	 * columns fit and one under the other where they do not, wrapping their text to the width they get.
	 */
	private static void add(IManagedForm managedForm, ParleySection part) {
		part.getSection().setLayoutData(new ColumnLayoutData(COLUMN_WIDTH));
		managedForm.addPart(part);
	}

	/** The problems of the campaign and its parts, as the Problems list shows them. */
	List<CampaignProblems.Problem> problems() {
		return CampaignProblems.of(campaignEditor());
	}
}
