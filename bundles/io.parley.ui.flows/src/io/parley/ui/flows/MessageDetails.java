package io.parley.ui.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.flow.FlowEdits;
import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.MessageTextField;

/**
 * The selected message beside the graph: its text with counter and macro assist, and its buttons,
 * which can be added (up to the rule set's limit), reordered, deleted and given their action. Rebuilt when the
 * message's shape changes; typing only updates the bound fields.
 */
public final class MessageDetails {

	private static final String NOT_INTERESTED = "Not interested";
	/**
	 * A field's label, the field, and beside a button's text its moves: three columns, so that the
	 * pane needs little more than a field's width and fits beside the graph in a small window.
	 */
	static final int COLUMNS = 3;
	/** The check of the rule that limits how many buttons a message has. */
	private static final String BUTTON_COUNT = "buttonCount";

	private final FlowPage page;
	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final List<ButtonRow> rows = new ArrayList<>();
	private Button addButton;
	private Button addNotInterested;
	private int message = -1;

	MessageDetails(FlowPage page, FormToolkit toolkit, Composite parent) {
		this.page = page;
		this.toolkit = toolkit;
		this.form = toolkit.createScrolledForm(parent);
		GridLayout layout = new GridLayout(COLUMNS, false);
		layout.marginWidth = 10;
		form.getBody().setLayout(layout);
	}

	void show(int shown) {
		message = shown;
		rows.clear();
		addButton = null;
		addNotInterested = null;
		for (Control child : form.getBody().getChildren()) {
			child.dispose();
		}
		if (shown < 0) {
			span(toolkit.createLabel(form.getBody(), "Select a message in the graph, or add one.", SWT.WRAP));
		} else {
			build();
		}
		form.reflow(true);
	}

	/** Whether a change at {@code pointer} changes what this pane shows, beyond the text of a bound field. */
	boolean dependsOnStructure(String pointer) {
		String own = pointer(message);
		return pointer.isEmpty() || pointer.equals("/messages") || pointer.equals("/start") || pointer.equals(own)
				|| pointer.equals(own + "/id") || pointer.startsWith(own + "/buttons") && !pointer.matches(".*/buttons/\\d+/.+");
	}

	private void build() {
		JsonNode shown = page.flowEditor().messages().get(message);
		boolean opening = page.canvas().isOpening(message);
		Label title = toolkit.createLabel(form.getBody(), (opening ? "Opening message " : "Message ") + "\"" + shown.path("id").asText() + "\"");
		title.setFont(form.getForm().getHead().getFont());
		span(title);
		page.editor().fields().register(pointer(message), title, page.getId());
		MessageTextField text = MessageTextField.create(page, toolkit, form.getBody(), pointer(message) + "/text", "Text", 6,
				() -> MessageFormat.CONVERSATION_AD);
		((GridData) text.text().getParent().getLayoutData()).horizontalSpan = COLUMNS - 1;
		JsonNode buttons = shown.path("buttons");
		Label heading = toolkit.createLabel(form.getBody(), "Buttons (" + buttons.size() + " of " + maxButtons() + ")");
		heading.setFont(title.getFont());
		span(heading);
		page.editor().fields().register(pointer(message) + "/buttons", heading, page.getId());
		for (int b = 0; b < buttons.size(); b++) {
			rows.add(new ButtonRow(this, form.getBody(), b, buttons.size()));
		}
		createAddButtons(buttons, opening);
	}

	private void createAddButtons(JsonNode buttons, boolean opening) {
		Composite bar = toolkit.createComposite(form.getBody());
		bar.setLayout(new GridLayout(2, false));
		span(bar);
		addButton = toolkit.createButton(bar, "Add Button", SWT.PUSH);
		addButton.setEnabled(buttons.size() < maxButtons());
		addButton.addListener(SWT.Selection, e -> later(this::addButton));
		if (opening) {
			addNotInterested = toolkit.createButton(bar, "Add \"" + NOT_INTERESTED + "\"", SWT.PUSH);
			addNotInterested.setEnabled(buttons.size() < maxButtons() && !offersNotInterested(buttons));
			addNotInterested.addListener(SWT.Selection, e -> later(this::addNotInterested));
		}
	}

	private static boolean offersNotInterested(JsonNode buttons) {
		for (JsonNode button : buttons) {
			if (button.path("text").asText().strip().toLowerCase(Locale.ROOT).equals(NOT_INTERESTED.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** Adds a button that closes the conversation, up to the rule set's limit. */
	public void addButton() {
		addClosingButton("Add button", "Maybe later");
	}

	/** Gives the opening message its way out: a "Not interested" button that closes the conversation. */
	public void addNotInterested() {
		addClosingButton("Add \"Not interested\"", NOT_INTERESTED);
	}

	private void addClosingButton(String label, String text) {
		JsonNode buttons = page.flowEditor().messages().get(message).path("buttons");
		if (buttons.size() < maxButtons()) {
			page.editing().set(label, pointer(message) + "/buttons", FlowEdits.withButton(buttons, text));
		}
	}

	/** Runs an edit after the click, since the edit rebuilds the pane that holds the button. */
	private void later(Runnable edit) {
		form.getDisplay().asyncExec(edit);
	}

	/** The most buttons a message may have: the rule set's, or the platform's when the rule set does not limit them. */
	private int maxButtons() {
		return page.editor().diagnostics().context().ruleSet().rulesFor(MessageFormat.CONVERSATION_AD).stream()
				.filter(rule -> rule.check().equals(BUTTON_COUNT)).mapToInt(rule -> rule.intParam("max")).min()
				.orElse(FlowEdits.MAX_BUTTONS);
	}

	public boolean canAddButton() {
		return addButton != null && !addButton.isDisposed() && addButton.isEnabled();
	}

	public boolean canAddNotInterested() {
		return addNotInterested != null && !addNotInterested.isDisposed() && addNotInterested.isEnabled();
	}

	public List<ButtonRow> buttonRows() {
		return List.copyOf(rows);
	}

	FlowPage page() {
		return page;
	}

	FormToolkit toolkit() {
		return toolkit;
	}

	int message() {
		return message;
	}

	static String pointer(int message) {
		return "/messages/" + message;
	}

	static void span(Control control) {
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1));
	}
}
