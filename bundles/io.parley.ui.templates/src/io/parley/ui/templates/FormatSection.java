package io.parley.ui.templates;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.JsonDocument;
import io.parley.ui.editors.ParleySection;

/** Which kind of message the template is; changing it is one undoable step and reshapes the fields. */
final class FormatSection extends ParleySection {

	static final String POINTER = "/format";
	/** The formats a template can have: a Conversation Ad is a flow. */
	static final List<MessageFormat> FORMATS = Arrays.stream(MessageFormat.values())
			.filter(f -> f != MessageFormat.CONVERSATION_AD).toList();

	private final MessagePage page;
	private final Combo combo;

	FormatSection(MessagePage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Format", "Conversation Ads are flows: create them as a Conversation Flow.", 2, Refresh.ON_REQUEST);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(client(), "Message format:");
		combo = new Combo(client(), SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(FORMATS.stream().map(MessageFormat::label).toArray(String[]::new));
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.adapt(combo);
		page.editor().fields().register(POINTER, combo, MessagePage.ID);
		combo.addListener(SWT.Selection, e -> chosen());
		refresh();
	}

	@Override
	protected void documentChanged(String pointer) {
		if (isAtOrAll(pointer, POINTER)) {
			refresh();
		}
	}

	private void chosen() {
		MessageFormat format = FORMATS.get(combo.getSelectionIndex());
		if (!format.name().equals(page.editing().document().text(POINTER))) {
			page.editing().set("Change format to " + format.label(), POINTER, JsonDocument.textNode(format.name()));
		}
	}

	@Override
	public void refresh() {
		int index = page.templateEditor().format().map(FORMATS::indexOf).orElse(-1);
		if (index < 0) {
			combo.deselectAll();
		} else {
			combo.select(index);
		}
		super.refresh();
	}
}
