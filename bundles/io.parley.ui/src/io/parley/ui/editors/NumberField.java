package io.parley.ui.editors;

import java.math.BigDecimal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;

/**
 * A labelled number field bound to the document: each keystroke that leaves a number changes the
 * field (one undo step per run of typing), an empty field removes an optional value, and text that
 * is not a number turns red and changes nothing. Takes two columns of a grid.
 */
public final class NumberField {

	private final Text text;
	private final DocumentEditing editing;
	private final String pointer;
	private final String label;
	private boolean updating;

	private NumberField(Text text, DocumentEditing editing, String pointer, String label) {
		this.text = text;
		this.editing = editing;
		this.pointer = pointer;
		this.label = label;
	}

	public static NumberField create(ParleyFormPage page, FormToolkit toolkit, Composite parent, String pointer, String label) {
		Label caption = toolkit.createLabel(parent, label + ":");
		caption.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER | SWT.RIGHT);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.horizontalIndent = 8;
		data.widthHint = 120;
		text.setLayoutData(data);
		NumberField field = new NumberField(text, page.editing(), pointer, label);
		field.show();
		text.addModifyListener(e -> field.typed());
		DocumentFollowing.changesWhileShown(text, page.editing().document(), changed -> {
			if (DocumentDiagnostics.isWithin(pointer, changed) && !text.isDisposed()) {
				field.show();
			}
		});
		page.editor().fields().register(pointer, text, page.getId());
		return field;
	}

	public Text text() {
		return text;
	}

	/** The number as a JSON value: whole numbers stay integers, so 7500 is not written as 7500.0. */
	static JsonNode node(BigDecimal number) {
		BigDecimal plain = number.stripTrailingZeros();
		return plain.scale() <= 0 ? LongNode.valueOf(plain.longValueExact()) : DoubleNode.valueOf(plain.doubleValue());
	}

	/** What the user typed as a number; null for an empty field; throws for anything else. */
	static BigDecimal parse(String typed) {
		String plain = typed.replace(",", "").replace("$", "").strip();
		return plain.isEmpty() ? null : new BigDecimal(plain);
	}

	private void typed() {
		if (updating) {
			return;
		}
		try {
			BigDecimal number = parse(text.getText());
			text.setForeground(null);
			editing.typeValue("Typing in " + label, pointer, number == null ? null : node(number));
		} catch (NumberFormatException | ArithmeticException e) {
			text.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));
		}
	}

	private void show() {
		JsonNode value = editing.document().get(pointer);
		try {
			BigDecimal shown = parse(text.getText());
			if (value.isNumber() && shown != null && shown.compareTo(value.decimalValue()) == 0
					|| value.isMissingNode() && shown == null) {
				return;
			}
		} catch (NumberFormatException e) {
			// the widget holds text that is no number: the document's value replaces it
		}
		updating = true;
		try {
			text.setText(value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText(""));
			text.setForeground(null);
		} finally {
			updating = false;
		}
	}
}
