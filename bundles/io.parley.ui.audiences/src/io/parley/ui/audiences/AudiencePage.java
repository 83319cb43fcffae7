package io.parley.ui.audiences;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;
import io.parley.ui.editors.TextField;

/** Who the campaign targets (left) and how many of them it can reach, as LinkedIn's API will see it (right). */
final class AudiencePage extends ParleyFormPage {

	static final String ID = "io.parley.ui.audiences.audience";

	private TargetingSection targeting;
	private ReachSection reach;
	private NumberField estimatedSize;

	AudiencePage(AudienceEditor editor) {
		super(editor, ID, "Audience");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, false));
		Composite left = toolkit.createComposite(body);
		left.setLayout(new GridLayout(1, false));
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite right = toolkit.createComposite(body);
		right.setLayout(new GridLayout(1, false));
		right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Composite general = section(toolkit, left, "Audience", "Its name and the size Campaign Manager estimates.", 2);
		TextField.create(this, toolkit, general, "/name", "Name");
		estimatedSize = NumberField.create(this, toolkit, general, "/estimatedSize", "Estimated size");
		Composite groups = section(toolkit, left, "Targeting",
				"Members match every include group (AND), any value within a group (OR), and no exclusion.", 1);
		targeting = new TargetingSection(this, toolkit, groups);
		Composite reachClient = section(toolkit, right, "Reach", "Size band and members reachable per frequency-cap window.", 1);
		reach = new ReachSection(this, toolkit, reachClient, section(toolkit, right, "targetingCriteria",
				"What the LinkedIn Marketing API receives.", 1));
	}

	TargetingSection targeting() {
		return targeting;
	}

	ReachSection reach() {
		return reach;
	}

	NumberField estimatedSize() {
		return estimatedSize;
	}

	static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int columns) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, columns == 1));
		return SectionClient.create(section, toolkit, title, description, columns);
	}
}
