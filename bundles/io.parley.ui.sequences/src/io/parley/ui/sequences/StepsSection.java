package io.parley.ui.sequences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.sequences.SequenceEdits;
import io.parley.sequences.SequenceEdits.Follow;
import io.parley.sequences.Touch;
import io.parley.ui.editors.ParleySection;

/** Each step of the sequence as a row to edit, rebuilt when the steps themselves change, and Add step. */
final class StepsSection extends ParleySection {

	private final StepsPage page;
	private final FormToolkit toolkit;
	private final Composite stepList;
	private Combo newTouch;
	private final List<StepRow> rows = new ArrayList<>();
	private List<String> shownSteps = List.of();

	StepsSection(StepsPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Steps",
				"What each step sends, with its length for the longest names against LinkedIn's limit, and the outcome it follows.", 1,
				Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		this.toolkit = toolkit;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		addStepControls(client());
		stepList = toolkit.createComposite(client());
		GridLayout list = new GridLayout(1, false);
		list.marginWidth = 0;
		stepList.setLayout(list);
		stepList.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refresh();
	}

	/** Builds the rows again when the steps changed, shows each, and lays the page out again: this is its last section. */
	@Override
	public void refresh() {
		PlannedSequence planned = page.sequenceEditor().planned();
		if (!shape(planned).equals(shownSteps)) {
			rebuild(planned);
		}
		rows.forEach(row -> row.refresh(planned, page.editor().diagnostics().all()));
		page.getManagedForm().getForm().reflow(true);
		super.refresh();
	}

	/** A new step: its touch, then Add step puts it after the last step's hoped-for outcome. */
	private void addStepControls(Composite parent) {
		Composite adder = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		adder.setLayout(layout);
		toolkit.createLabel(adder, "New step:");
		newTouch = new Combo(adder, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(newTouch);
		newTouch.setItems(Arrays.stream(Touch.values()).map(Touch::label).toArray(String[]::new));
		newTouch.select(Touch.MESSAGE.ordinal());
		Button add = toolkit.createButton(adder, "Add step", SWT.PUSH);
		add.setToolTipText("Adds a step of this kind after the last step, on the outcome people hope for");
		add.addListener(SWT.Selection, e -> addStep());
	}

	/** The drop-down of the new step's touch, for tests that choose as a person does. */
	Combo newTouch() {
		return newTouch;
	}

	/** The rows of the steps, in the file's order. */
	List<StepRow> rows() {
		return List.copyOf(rows);
	}

	private void addStep() {
		Touch touch = Touch.values()[newTouch.getSelectionIndex()];
		page.editing().set("Add " + touch.label() + " step", "/steps", SequenceEdits.added(page.editing().document().root(), touch));
	}

	/** What the step list says, for a reader who cannot see it. */
	String stepText() {
		StringBuilder text = new StringBuilder();
		for (Label label : labels(stepList)) {
			text.append(label.getText()).append('\n');
		}
		return text.toString();
	}

	private static List<Label> labels(Composite parent) {
		List<Label> labels = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				labels.add(label);
			} else if (child instanceof Composite composite) {
				labels.addAll(labels(composite));
			}
		}
		return labels;
	}

	private void rebuild(PlannedSequence planned) {
		for (Control child : stepList.getChildren()) {
			child.dispose();
		}
		rows.clear();
		for (int i = 0; i < planned.sequence().steps().size(); i++) {
			rows.add(new StepRow(page, toolkit, stepList, i, planned));
		}
		shownSteps = shape(planned);
	}

	/** What the rows are built from: each step's name, touch and place; a change to one of these builds them again. */
	private static List<String> shape(PlannedSequence planned) {
		return planned.sequence().steps().stream().map(step -> step.id() + " " + step.touch() + " " + step.pointer() + " "
				+ Follow.of(step)).toList();
	}
}
