package io.parley.ui.sequences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.validation.Diagnostic;
import io.parley.sequences.Step;
import io.parley.ui.editors.ParleyFormPage;

/** The steps of a sequence: who it goes to and at what pace, the timeline of its branches, and each step's message. */
final class StepsPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.sequences.steps";

	private TimelineSection timelineSection;
	private StepsSection stepsSection;

	StepsPage(SequenceEditor editor) {
		super(editor, ID, "Steps");
	}

	SequenceEditor sequenceEditor() {
		return (SequenceEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(1, false));
		new PaceSection(this, body, toolkit);
		timelineSection = new TimelineSection(this, body, toolkit);
		stepsSection = new StepsSection(this, body, toolkit);
	}

	/** The drop-down of the new step's touch, for tests that choose as a person does. */
	Combo newTouch() {
		return stepsSection.newTouch();
	}

	Timeline timeline() {
		return timelineSection.timeline();
	}

	/** The rows of the steps, in the file's order. */
	List<StepRow> rows() {
		return stepsSection.rows();
	}

	/** What the step list says, for a reader who cannot see it. */
	String stepText() {
		return stepsSection.stepText();
	}

	List<String> stepsWithProblems() {
		List<String> ids = new ArrayList<>();
		List<Diagnostic> found = editor().diagnostics().all();
		List<Step> steps = sequenceEditor().planned().sequence().steps();
		for (Step step : steps) {
			if (found.stream().anyMatch(d -> d.path().equals(step.pointer()) || d.path().startsWith(step.pointer() + "/"))) {
				ids.add(step.id());
			}
		}
		return ids;
	}
}
