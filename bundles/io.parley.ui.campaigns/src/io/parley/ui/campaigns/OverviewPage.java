package io.parley.ui.campaigns;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/**
 * The campaign at a glance: its parts on the left; readiness, forecast and every problem of its
 * documents on the right. The right side follows the part documents as they are saved, since the
 * editor checks the campaign again whenever a document beside it changes.
 */
final class OverviewPage extends ParleyFormPage {

	static final String ID = "overview";

	OverviewPage(CampaignEditor editor) {
		super(editor, ID, "Overview");
	}

	CampaignEditor campaignEditor() {
		return (CampaignEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		Columns columns = twoColumns(toolkit, body);
		managedForm.addPart(new PartsSection(this, columns.left(), toolkit));
		managedForm.addPart(new ChecklistSection(this, columns.right(), toolkit));
		managedForm.addPart(new ForecastSection(this, columns.right(), toolkit));
		managedForm.addPart(new ProblemsSection(this, columns.left(), toolkit));
	}

	/**
	 * Runs {@code listener} after every change of the campaign, of the documents in its folder and
	 * of their problems.
	 */
	void onChange(Runnable listener, Control owner) {
		editor().diagnostics().addListener(listener);
		owner.addDisposeListener(e -> editor().diagnostics().removeListener(listener));
		PartMarkers.watch(campaignEditor(), owner, listener);
		listener.run();
	}

	/** The problems of the campaign and its parts, as the Problems list shows them. */
	List<CampaignProblems.Problem> problems() {
		return CampaignProblems.of(campaignEditor());
	}
}
