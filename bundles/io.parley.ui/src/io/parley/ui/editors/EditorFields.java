package io.parley.ui.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;

import io.parley.model.validation.Diagnostic;

/**
 * The fields the pages show, by JSON pointer: they carry the decorations of their diagnostics, and
 * a problem double-clicked in the Problems view brings its field forward with the range selected.
 */
public final class EditorFields {

	private record Entry(String pointer, Control control, String pageId, ControlDecoration decoration) {
	}

	private final List<Entry> entries = new ArrayList<>();
	private final ParleyFormEditor editor;

	EditorFields(ParleyFormEditor editor) {
		this.editor = editor;
	}

	/** Registers {@code control} as the place the field at {@code pointer} is edited, on page {@code pageId}. */
	public void register(String pointer, Control control, String pageId) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.hide();
		Entry entry = new Entry(pointer, control, pageId, decoration);
		entries.add(entry);
		control.addDisposeListener(e -> {
			entries.remove(entry);
			decoration.dispose();
		});
		decorate(entry, editor.diagnostics().all());
	}

	/** The control that edits the field at exactly {@code pointer}, if a page shows it now. */
	public Optional<Control> control(String pointer) {
		return entries.stream().filter(e -> e.pointer().equals(pointer) && !e.control().isDisposed()).map(Entry::control).findFirst();
	}

	void showDiagnostics(List<Diagnostic> diagnostics) {
		List.copyOf(entries).forEach(entry -> decorate(entry, diagnostics));
	}

	/** Shows the field nearest to {@code pointer}, focused, with the code-point range selected. */
	public boolean reveal(String pointer, int start, int end) {
		Optional<Entry> target = nearest(pointer);
		if (target.isEmpty()) {
			return false;
		}
		Entry entry = target.get();
		editor.setActivePage(entry.pageId());
		entry.control().setFocus();
		if (entry.control() instanceof StyledText text && entry.pointer().equals(pointer) && start >= 0) {
			String content = text.getText();
			int from = charIndex(content, start);
			text.setSelection(from, charIndex(content, Math.max(start, end)));
			text.showSelection();
		}
		return true;
	}

	private Optional<Entry> nearest(String pointer) {
		return entries.stream().filter(e -> !e.control().isDisposed() && DocumentDiagnostics.isWithin(pointer, e.pointer()))
				.max(Comparator.comparingInt(e -> e.pointer().length()));
	}

	private void decorate(Entry entry, List<Diagnostic> diagnostics) {
		List<Diagnostic> own = diagnostics.stream().filter(d -> owns(entry, d.path())).toList();
		if (own.isEmpty()) {
			entry.decoration().hide();
			return;
		}
		boolean error = own.stream().anyMatch(Diagnostic::isError);
		String description = own.stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
		if (entry.decoration().isVisible() && description.equals(entry.decoration().getDescriptionText())) {
			return;
		}
		entry.decoration().setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
		entry.decoration().setDescriptionText(description);
		entry.decoration().show();
	}

	/** A diagnostic belongs to the most specific registered field that contains it. */
	private boolean owns(Entry entry, String path) {
		return nearest(path).map(e -> e == entry).orElse(false);
	}

	private static int charIndex(String text, int codePoints) {
		int available = text.codePointCount(0, text.length());
		return text.offsetByCodePoints(0, Math.min(codePoints, available));
	}
}
