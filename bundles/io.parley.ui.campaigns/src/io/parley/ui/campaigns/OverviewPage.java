package io.parley.ui.campaigns;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ColumnLayoutData;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/**
 * The campaign at a glance: its parts, readiness, forecast and every problem of its documents, in
 * two columns where the editor is wide enough and in one where it is not. Readiness, forecast and
 * problems follow the part documents as they are saved, since the editor checks the campaign again
 * whenever a document beside it changes.
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
		add(managedForm, new PartsSection(this, body, toolkit));
		add(managedForm, new ChecklistSection(this, body, toolkit));
		add(managedForm, new ForecastSection(this, body, toolkit));
		add(managedForm, new ProblemsSection(this, body, toolkit));
	}

	/**
	 * Adds a section that asks for {@link #COLUMN_WIDTH}: sections stand side by side where two such
	 * columns fit and one under the other where they do not, wrapping their text to the width they get.
	 */
	private static void add(IManagedForm managedForm, SectionPart part) {
		part.getSection().setLayoutData(new ColumnLayoutData(COLUMN_WIDTH));
		managedForm.addPart(part);
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
