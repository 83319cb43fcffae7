package io.parley.ui.sequences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.model.validation.Diagnostic;
import io.parley.sequences.SequenceEdits;
import io.parley.sequences.SequenceEdits.Follow;
import io.parley.sequences.Step;
import io.parley.sequences.Touch;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;

/** The steps of a sequence: who it goes to and at what pace, the timeline of its branches, and each step's message. */
final class StepsPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.sequences.steps";
	/** The page's margins and the timeline section's, left and right, in pixels. */
	private static final int TIMELINE_INDENT = 40;

	private FormToolkit toolkit;
	private Label people;
	private Timeline timeline;
	private Composite stepList;
	private Combo newTouch;
	private final List<StepRow> rows = new ArrayList<>();
	private List<String> shownSteps = List.of();

	StepsPage(SequenceEditor editor) {
		super(editor, ID, "Steps");
	}

	SequenceEditor sequenceEditor() {
		return (SequenceEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(1, false));
		Composite who = section(body, "People and pace", "Who the sequence goes to and how fast a person works it; LinkedIn's limits still apply.", 2);
		who.getParent().setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		people = toolkit.createLabel(who, "", SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wrap.widthHint = 300;
		people.setLayoutData(wrap);
		NumberField.create(this, toolkit, who, "/pace/invitationsPerWeek", "Connection requests a week");
		NumberField.create(this, toolkit, who, "/pace/messagesPerDay", "Messages, InMails and tasks a day");

		Composite line = section(body, "Timeline", "Each step at its day; branches follow the outcome of the step before.", 1);
		timeline = new Timeline(line, sequenceEditor()::planned, this::stepsWithProblems);
		Composite steps = section(body, "Steps",
				"What each step sends, with its length for the longest names against LinkedIn's limit, and the outcome it follows.", 1);
		addStepControls(steps);
		stepList = toolkit.createComposite(steps);
		GridLayout list = new GridLayout(1, false);
		list.marginWidth = 0;
		stepList.setLayout(list);
		stepList.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		managedForm.getForm().addListener(SWT.Resize, e -> {
			if (fitTimeline()) {
				timeline.refresh();
				managedForm.getForm().reflow(true);
			}
		});
		refresh();
	}

	@Override
	protected void documentChanged(String pointer) {
		refresh();
	}

	@Override
	protected void documentChecked() {
		refresh();
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

	Timeline timeline() {
		return timeline;
	}

	/** The rows of the steps, in the file's order. */
	List<StepRow> rows() {
		return List.copyOf(rows);
	}

	private void addStep() {
		Touch touch = Touch.values()[newTouch.getSelectionIndex()];
		editing().set("Add " + touch.label() + " step", "/steps", SequenceEdits.added(editing().document().root(), touch));
	}

	private Composite section(Composite body, String title, String description, int columns) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return SectionClient.create(section, toolkit, title, description, columns);
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

	private List<String> stepsWithProblems() {
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

	private void refresh() {
		if (stepList == null || stepList.isDisposed()) {
			return;
		}
		PlannedSequence planned = sequenceEditor().planned();
		people.setText(planned.plan().map(plan -> String.format(Locale.ROOT, "%,d %s from %s to %s.", plan.people(),
				plan.people() == 1 ? "person" : "people", plan.start(), plan.end())).orElse(planned.why()));
		if (!shape(planned).equals(shownSteps)) {
			rebuild(planned);
		}
		rows.forEach(row -> row.refresh(planned, editor().diagnostics().all()));
		fitTimeline();
		timeline.refresh();
		getManagedForm().getForm().reflow(true);
	}

	/** Sizes the timeline to the page's width, its boxes narrowed so it need not be scrolled sideways; true when its size changed. */
	private boolean fitTimeline() {
		Point size = timeline.size(getManagedForm().getForm().getClientArea().width - TIMELINE_INDENT);
		Object current = timeline.canvas().getLayoutData();
		if (current instanceof GridData data && data.widthHint == size.x && data.heightHint == size.y) {
			return false;
		}
		GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false);
		data.widthHint = size.x;
		data.heightHint = size.y;
		timeline.canvas().setLayoutData(data);
		return true;
	}

	private void rebuild(PlannedSequence planned) {
		for (Control child : stepList.getChildren()) {
			child.dispose();
		}
		rows.clear();
		for (int i = 0; i < planned.sequence().steps().size(); i++) {
			rows.add(new StepRow(this, toolkit, stepList, i, planned));
		}
		shownSteps = shape(planned);
	}

	/** What the rows are built from: each step's name, touch and place; a change to one of these builds them again. */
	private static List<String> shape(PlannedSequence planned) {
		return planned.sequence().steps().stream().map(step -> step.id() + " " + step.touch() + " " + step.pointer() + " "
				+ Follow.of(step)).toList();
	}
}
