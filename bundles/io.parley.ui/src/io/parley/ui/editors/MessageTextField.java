package io.parley.ui.editors;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.rules.MessageFormat;

/**
 * A labelled text field of a message (subject, body, button text...), bound to the document, with
 * macro assist and highlighting, its problems beside it and, for a field the rules limit, a live
 * length counter. Takes two columns of a grid: the label and the field.
 */
public final class MessageTextField {

	private final StyledText text;
	private final LengthCounter counter;
	private Runnable recount;

	private MessageTextField(StyledText text, LengthCounter counter) {
		this.text = text;
		this.counter = counter;
	}

	/**
	 * @param format the message's format, asked on each update since the user may change it
	 * @param lines  visible lines: 1 for a single-line field
	 */
	public static MessageTextField create(ParleyFormPage page, FormToolkit toolkit, Composite parent, String pointer, String label,
			int lines, Supplier<MessageFormat> format) {
		Label caption = toolkit.createLabel(parent, label + ":");
		caption.setLayoutData(new GridData(SWT.LEFT, lines > 1 ? SWT.TOP : SWT.CENTER, false, false));
		Composite column = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 1;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, lines > 1));
		StyledText text = new StyledText(column, SWT.BORDER | (lines > 1 ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		text.setAlwaysShowScrollBars(false);
		toolkit.adapt(text, true, false);
		GridData textData = new GridData(SWT.FILL, SWT.FILL, true, lines > 1);
		textData.horizontalIndent = 8;
		textData.widthHint = 200;
		textData.heightHint = lines > 1 ? text.getLineHeight() * lines : SWT.DEFAULT;
		text.setLayoutData(textData);
		text.setData("pointer", pointer);
		Label count = toolkit.createLabel(column, "");
		GridData countData = new GridData(SWT.END, SWT.TOP, true, false);
		countData.widthHint = count.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + widest(count);
		count.setLayoutData(countData);
		MessageTextField field = new MessageTextField(text, new LengthCounter(count, pointer, format));
		field.connect(page, pointer, label);
		return field;
	}

	private void connect(ParleyFormPage page, String pointer, String label) {
		ParleyFormEditor editor = page.editor();
		TextBinding.bind(text, editor.editing(), pointer, label);
		editor.fields().register(pointer, text, page.getId());
		MacroAssist.install(text, editor.diagnostics().context().ruleSet().macros().values());
		// counted from the document, not the widget: after an undo the checks may run before the widget is told
		recount = () -> {
			if (!text.isDisposed()) {
				counter.update(editor.editing().document().text(pointer), editor.diagnostics().context());
			}
		};
		DocumentFollowing.checksWhileShown(text, editor.diagnostics(), recount);
		recount.run();
	}

	/** Room for the widest counter, "88,888 / 88,888", so a changing count never re-lays out the form. */
	private static int widest(Label count) {
		GC gc = new GC(count);
		try {
			return gc.textExtent("88,888 / 88,888").x;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * For a field left empty to take another's text (a variant's subject or body takes the
	 * original's): says {@code note} instead of counting nothing.
	 */
	public MessageTextField whenEmpty(String note) {
		counter.whenEmpty(note);
		recount.run();
		return this;
	}

	public StyledText text() {
		return text;
	}
}
