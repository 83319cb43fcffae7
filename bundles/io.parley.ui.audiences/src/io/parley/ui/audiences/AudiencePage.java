package io.parley.ui.audiences;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.ColumnLayoutData;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import com.fasterxml.jackson.databind.node.LongNode;

import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectSource;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;
import io.parley.ui.editors.TextField;

/**
 * Who the campaign targets and how many of them it can reach, as LinkedIn's API will see it: side
 * by side where the editor is wide enough, one under the other where it is not.
 */
final class AudiencePage extends ParleyFormPage {

	static final String ID = "io.parley.ui.audiences.audience";
	private static final int COLUMN_WIDTH = 480;

	private TargetingSection targeting;
	private ReachSection reach;
	private NumberField estimatedSize;
	private Button fromList;

	AudiencePage(AudienceEditor editor) {
		super(editor, ID, "Audience");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		Composite general = section(toolkit, body, "Audience", "Its name and the size Campaign Manager estimates.", 2);
		TextField.create(this, toolkit, general, "/name", "Name");
		estimatedSize = NumberField.create(this, toolkit, general, "/estimatedSize", "Estimated size");
		toolkit.createLabel(general, "");
		fromList = toolkit.createButton(general, "Count the Prospect List", SWT.PUSH);
		fromList.setToolTipText("Sets the estimated size to the number of people in the attached prospect list");
		fromList.addListener(SWT.Selection, e -> countProspects());
		Consumer<String> attached = pointer -> {
			if (pointer.isEmpty() || pointer.equals("/prospects")) {
				fromList.setEnabled(!editing().document().text("/prospects").isEmpty());
			}
		};
		editing().document().addListener(attached);
		fromList.addDisposeListener(e -> editing().document().removeListener(attached));
		attached.accept("");
		Composite groups = section(toolkit, body, "Targeting",
				"Members match every include group (AND), any value within a group (OR), and no exclusion.", 1);
		targeting = new TargetingSection(this, toolkit, groups);
		Composite reachClient = section(toolkit, body, "Reach", "Size band and members reachable per frequency-cap window.", 1);
		reach = new ReachSection(this, toolkit, reachClient, section(toolkit, body, "Marketing API targeting",
				"The targetingCriteria LinkedIn's Marketing API receives for this audience.", 1));
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

	/**
	 * Counts the people of the attached list in the background (a million rows take a second) and
	 * makes that the estimated size, one undoable edit.
	 */
	Job countProspects() {
		String list = editing().document().text("/prospects");
		ProspectSource source = new ProspectSource(editor().folder().resolve(list), ProspectColumns.of(editing().document().root()));
		Job counting = Job.create("Counting the people in " + list, monitor -> {
			long counted;
			try {
				counted = source.count(monitor::isCanceled);
			} catch (IOException e) {
				return Status.error(list + " cannot be read: " + e.getMessage(), e);
			}
			if (!monitor.isCanceled()) {
				fromList.getDisplay().asyncExec(() -> {
					if (!fromList.isDisposed()) {
						editing().set("Estimated size from " + list, "/estimatedSize", LongNode.valueOf(counted));
					}
				});
			}
			return Status.OK_STATUS;
		});
		counting.setUser(true);
		counting.schedule();
		return counting;
	}

	/**
	 * A section that asks for {@link #COLUMN_WIDTH}: sections stand side by side where two such
	 * columns fit and one under the other where they do not.
	 */
	static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int columns) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setLayoutData(new ColumnLayoutData(COLUMN_WIDTH));
		return SectionClient.create(section, toolkit, title, description, columns);
	}
}
