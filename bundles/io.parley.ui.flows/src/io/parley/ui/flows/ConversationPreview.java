package io.parley.ui.flows;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowButton;
import io.parley.model.flow.FlowMessage;
import io.parley.model.flow.FlowPath;

/**
 * The conversation as the recipient goes through it: the messages read so far and the buttons of
 * the current one. Pressing a button shows where it leads, until the conversation ends.
 */
public final class ConversationPreview {

	private final Supplier<ConversationFlow> flow;
	private final FormToolkit toolkit;
	private final StyledText transcript;
	/** What the hint asks for: it wraps to the preview's width (in one line it widened the page at 1024x768). */
	private static final int HINT_WIDTH = 150;

	private final Composite choices;
	private FlowMessage current;

	ConversationPreview(Composite parent, FormToolkit toolkit, Supplier<ConversationFlow> flow) {
		this.flow = flow;
		this.toolkit = toolkit;
		Composite area = toolkit.createComposite(parent);
		area.setLayout(new GridLayout(1, false));
		Label hint = toolkit.createLabel(area, "Preview: press the buttons as a recipient would.", SWT.WRAP);
		GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
		hintData.widthHint = HINT_WIDTH;
		hint.setLayoutData(hintData);
		transcript = new StyledText(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		toolkit.adapt(transcript, false, false);
		transcript.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		transcript.setMargins(8, 8, 8, 8);
		choices = toolkit.createComposite(area);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		choices.setLayout(row);
		choices.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		restart();
	}

	/** Starts again at the opening message. */
	public void restart() {
		if (transcript.isDisposed()) {
			return;
		}
		transcript.setText("");
		ConversationFlow shown = flow.get();
		current = shown.message(shown.start()).orElse(null);
		if (current == null) {
			transcript.setText("The opening message \"" + shown.start() + "\" does not exist.");
		} else {
			read(current);
		}
		showChoices();
	}

	/** Presses, from the start, the buttons of one path. */
	public void play(FlowPath path) {
		restart();
		for (FlowPath.Step step : path.steps()) {
			List<FlowButton> buttons = current == null ? List.of() : current.buttons();
			buttons.stream().filter(b -> b.text().equals(step.buttonText())).findFirst().ifPresent(this::press);
		}
	}

	/** Presses a button of the current message by its position. */
	public void press(int button) {
		press(current.buttons().get(button));
	}

	private void press(FlowButton button) {
		transcript.append("    [" + button.text() + "]\n\n");
		current = button.next() == null ? null : flow.get().message(button.next()).orElse(null);
		if (current != null) {
			read(current);
		} else {
			transcript.append("— " + ending(button) + " —\n");
		}
		showChoices();
	}

	private static String ending(FlowButton button) {
		if (button.next() != null) {
			return "the next message \"" + button.next() + "\" does not exist";
		}
		if (button.url() != null) {
			return "opens the landing page " + button.url();
		}
		if (button.leadGenForm() != null) {
			return "opens the Lead Gen Form \"" + button.leadGenForm() + "\"";
		}
		return button.close() ? "the conversation closes" : "the button does nothing";
	}

	private void read(FlowMessage message) {
		transcript.append(message.text().isBlank() ? "(empty message)\n" : message.text() + "\n");
		if (message.buttons().isEmpty()) {
			transcript.append("— dead end: no buttons —\n");
		}
	}

	private void showChoices() {
		for (Control child : choices.getChildren()) {
			child.dispose();
		}
		if (current != null) {
			for (int b = 0; b < current.buttons().size(); b++) {
				int index = b;
				Button choice = toolkit.createButton(choices, current.buttons().get(b).text(), SWT.PUSH);
				choice.addListener(SWT.Selection, e -> choice.getDisplay().asyncExec(() -> press(index)));
			}
		}
		Button again = toolkit.createButton(choices, "Start Over", SWT.PUSH);
		again.addListener(SWT.Selection, e -> again.getDisplay().asyncExec(this::restart));
		choices.getParent().layout(true, true);
	}

	public String transcript() {
		return transcript.getText();
	}

	/** The buttons the recipient can press now; none once the conversation ended. */
	public List<String> choices() {
		return current == null ? List.of() : current.buttons().stream().map(FlowButton::text).toList();
	}
}
