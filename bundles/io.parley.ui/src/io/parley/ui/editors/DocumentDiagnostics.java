package io.parley.ui.editors;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.core.rules.RuleRegistry;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.DocumentContext;

/**
 * The diagnostics of the document as the editor holds it, recomputed on every change by the same
 * validator the builder runs on save, and mirrored into the file's problem markers shortly after.
 */
public final class DocumentDiagnostics {

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final JsonDocument document;
	private final LiveMarkers markers;
	private IFile file;
	private List<Diagnostic> current = List.of();
	private DocumentContext context;

	DocumentDiagnostics(IFile file, JsonDocument document) {
		this.file = file;
		this.document = document;
		this.markers = new LiveMarkers(file);
	}

	void fileMoved(IFile newFile) {
		file = newFile;
		markers.fileMoved(newFile);
		context = null;
	}

	/** Checks the document now and tells the pages; markers follow after a short quiet period. */
	void refresh() {
		current = kind().map(k -> k.validate(path(), document.serialized())).orElse(List.of());
		listeners.forEach(Runnable::run);
		markers.show(current);
	}

	/** Puts the markers back to the saved file's, as the builder keeps them once the editor is closed. */
	void editorClosed() {
		markers.editorClosed(kind().orElse(null));
	}

	public List<Diagnostic> all() {
		return current;
	}

	/** Diagnostics of the field at {@code pointer} and of everything inside it. */
	public List<Diagnostic> within(String pointer) {
		return current.stream().filter(d -> isWithin(d.path(), pointer)).toList();
	}

	/** Whether {@code path} is {@code pointer} or lies under it; everything lies under the root, "". */
	public static boolean isWithin(String path, String pointer) {
		return path.equals(pointer) || pointer.isEmpty() || path.startsWith(pointer + "/");
	}

	/** The rule set and worst-case macro values for this file, as the validator uses them. */
	public DocumentContext context() {
		if (context == null) {
			context = DocumentContext.of(path(), document.root(), RuleRegistry.getDefault().catalog(), ActiveRuleSet.get());
		}
		return context;
	}

	/** Forgets the rule context, after a save or reload may have changed the attached prospect list. */
	void contextChanged() {
		context = null;
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private Optional<DocumentKindDescriptor> kind() {
		return DocumentKindRegistry.getDefault().forFileName(file.getName());
	}

	private Path path() {
		return file.getLocation().toFile().toPath();
	}
}
