package io.parley.ui.sequences;

import java.util.function.Consumer;

import org.eclipse.ui.PartInitException;

import io.parley.ui.editors.ParleyFormEditor;

/** The editor of a {@code NAME.sequence.json}: its steps on a timeline with their messages, and its plan day by day. */
public final class SequenceEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.sequences.editor";

	private PlannedSequence planned;
	private final Consumer<String> forgetPlan = changed -> planned = null;

	@Override
	protected void addDocumentPages() throws PartInitException {
		editing().document().addListener(forgetPlan);
		addPage(new StepsPage(this));
		addPage(new PlanPage(this));
	}

	/** The sequence as the editor holds it, read and planned once per change. */
	public PlannedSequence planned() {
		if (planned == null) {
			planned = PlannedSequence.of(editing().document().root(), file().getLocation().toFile().toPath());
		}
		return planned;
	}

	@Override
	public void dispose() {
		if (isLoaded()) {
			editing().document().removeListener(forgetPlan);
		}
		super.dispose();
	}
}
