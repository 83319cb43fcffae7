package io.parley.ui.flows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.flow.FlowEdits;
import io.parley.model.flow.FlowEdits.Action;
import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.MessageTextField;
import io.parley.ui.editors.TextBinding;

/**
 * One button of the selected message: its text, what it does (the next message, a landing page, a
 * Lead Gen Form or closing) and its place among the others.
 */
public final class ButtonRow {

	private static final String NEW_MESSAGE = "New message";
	private static final int TARGET_WIDTH = 100;

	private final MessageDetails details;
	private final int button;
	private final String pointer;
	private final Combo action;

	ButtonRow(MessageDetails details, Composite parent, int button, int count) {
		this.details = details;
		this.button = button;
		this.pointer = MessageDetails.pointer(details.message()) + "/buttons/" + button;
		FormToolkit toolkit = details.toolkit();
		MessageTextField.create(details.page(), toolkit, parent, pointer + "/text", "Button " + (button + 1), 1,
				() -> MessageFormat.CONVERSATION_AD);
		createMoves(parent, count);
		toolkit.createLabel(parent, "Action:");
		Composite line = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginLeft = 8;
		line.setLayout(layout);
		line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, MessageDetails.COLUMNS - 1, 1));
		action = new Combo(line, SWT.READ_ONLY);
		toolkit.adapt(action);
		for (Action each : Action.values()) {
			action.add(each.label());
		}
		Action current = Action.of(json());
		if (current != null) {
			action.select(current.ordinal());
		}
		action.setData("pointer", pointer);
		action.addListener(SWT.Selection, e -> later(() -> chooseAction(Action.values()[action.getSelectionIndex()])));
		createTarget(line, current);
		details.page().editor().fields().register(pointer, action, details.page().getId());
	}

	private void createTarget(Composite line, Action current) {
		FormToolkit toolkit = details.toolkit();
		if (current == Action.NEXT_MESSAGE) {
			createNextChooser(line);
		} else if (current == Action.LANDING_PAGE || current == Action.LEAD_GEN_FORM) {
			StyledText value = new StyledText(line, SWT.BORDER | SWT.SINGLE);
			toolkit.adapt(value, true, false);
			value.setLayoutData(narrow());
			String field = pointer + "/" + current.field();
			value.setData("pointer", field);
			TextBinding.bind(value, details.page().editing(), field, current == Action.LANDING_PAGE ? "landing page" : "form name");
			details.page().editor().fields().register(field, value, details.page().getId());
		} else {
			Label note = toolkit.createLabel(line, current == Action.CLOSE ? "Ends the conversation" : "Choose what the button does",
					SWT.WRAP);
			note.setLayoutData(narrow());
		}
	}

	private void createNextChooser(Composite line) {
		Combo next = new Combo(line, SWT.READ_ONLY);
		details.toolkit().adapt(next);
		next.setLayoutData(narrow());
		List<String> targets = targets();
		String current = json().path("next").asText();
		if (!targets.contains(current)) {
			targets.add(0, current);
		}
		targets.forEach(next::add);
		next.add(NEW_MESSAGE);
		next.select(targets.indexOf(current));
		next.setData("pointer", pointer + "/next");
		next.addListener(SWT.Selection, e -> {
			int index = next.getSelectionIndex();
			later(() -> chooseNext(index < targets.size() ? targets.get(index) : null));
		});
		details.page().editor().fields().register(pointer + "/next", next, details.page().getId());
	}

	/** Where the action's target goes: all the room left, and no wider than a small window allows however long the address. */
	private static GridData narrow() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = TARGET_WIDTH;
		return data;
	}

	/** Every message but this button's own. */
	private List<String> targets() {
		List<String> ids = new ArrayList<>();
		JsonNode messages = details.page().flowEditor().messages();
		for (int i = 0; i < messages.size(); i++) {
			if (i != details.message()) {
				ids.add(messages.get(i).path("id").asText());
			}
		}
		return ids;
	}

	/** ↑ ↓ ✕ beside the button's text, at its top. */
	private void createMoves(Composite parent, int count) {
		FormToolkit toolkit = details.toolkit();
		Composite line = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(3, true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 2;
		line.setLayout(layout);
		line.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
		Button up = toolkit.createButton(line, "↑", SWT.PUSH);
		up.setToolTipText("Move the button up");
		up.setEnabled(button > 0);
		up.addListener(SWT.Selection, e -> later(() -> move(-1)));
		Button down = toolkit.createButton(line, "↓", SWT.PUSH);
		down.setToolTipText("Move the button down");
		down.setEnabled(button < count - 1);
		down.addListener(SWT.Selection, e -> later(() -> move(1)));
		Button delete = toolkit.createButton(line, "✕", SWT.PUSH);
		delete.setToolTipText("Delete the button");
		delete.addListener(SWT.Selection, e -> later(this::delete));
	}

	/** Runs an edit after the current event, since the edit rebuilds the pane that holds the widget. */
	private void later(Runnable edit) {
		action.getDisplay().asyncExec(edit);
	}

	/**
	 * Gives the button this action. A button that now leads to a next message gets a new, empty
	 * message, the usual next step when building a conversation; the chooser can point it elsewhere.
	 */
	public void chooseAction(Action chosen) {
		if (chosen == Action.of(json())) {
			return;
		}
		if (chosen == Action.NEXT_MESSAGE) {
			details.page().addMessageAfter(details.message(), button);
			return;
		}
		String value = chosen == Action.LANDING_PAGE ? "https://" : "";
		details.page().editing().set("Set button action", pointer, FlowEdits.withAction(json(), chosen, value));
	}

	/** Points the button at a message by id, or at a new message when {@code messageId} is null. */
	public void chooseNext(String messageId) {
		if (messageId == null) {
			details.page().addMessageAfter(details.message(), button);
		} else {
			details.page().editing().set("Set next message", pointer, FlowEdits.withAction(json(), Action.NEXT_MESSAGE, messageId));
		}
	}

	public void move(int by) {
		details.page().editing().set("Move button", buttonsPointer(), FlowEdits.withButtonMoved(buttons(), button, by));
	}

	public void delete() {
		details.page().editing().set("Delete button", buttonsPointer(), FlowEdits.withoutButton(buttons(), button));
	}

	public String text() {
		return json().path("text").asText();
	}

	private String buttonsPointer() {
		return MessageDetails.pointer(details.message()) + "/buttons";
	}

	private JsonNode buttons() {
		return details.page().flowEditor().messages().get(details.message()).path("buttons");
	}

	private JsonNode json() {
		return buttons().get(button);
	}
}
