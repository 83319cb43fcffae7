package io.parley.ui.audiences;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ColumnLayoutData;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;

/**
 * Who the campaign targets and how many of them it can reach, as LinkedIn's API will see it: side
 * by side where the editor is wide enough, one under the other where it is not.
 */
final class AudiencePage extends ParleyFormPage {

	static final String ID = "io.parley.ui.audiences.audience";
	private static final int COLUMN_WIDTH = 480;

	private AudienceFieldsSection fields;
	private TargetingSection targeting;
	private ReachSection reach;
	private TargetingCriteriaSection criteria;

	AudiencePage(AudienceEditor editor) {
		super(editor, ID, "Audience");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		fields = new AudienceFieldsSection(this, body, toolkit);
		targeting = new TargetingSection(this, body, toolkit);
		reach = new ReachSection(this, body, toolkit);
		criteria = new TargetingCriteriaSection(this, body, toolkit);
	}

	TargetingSection targeting() {
		return targeting;
	}

	ReachSection reach() {
		return reach;
	}

	TargetingCriteriaSection criteria() {
		return criteria;
	}

	NumberField estimatedSize() {
		return fields.estimatedSize();
	}

	Job countProspects() {
		return fields.countProspects();
	}

	/**
	 * Makes {@code section} ask for {@link #COLUMN_WIDTH}: sections stand side by side where two such
	 * columns fit and one under the other where they do not.
	 */
	static void inColumn(Section section) {
		section.setLayoutData(new ColumnLayoutData(COLUMN_WIDTH));
	}
}
