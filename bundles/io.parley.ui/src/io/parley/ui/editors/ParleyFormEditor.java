package io.parley.ui.editors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.FileEditorInput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.workspace.ProblemMarkers;
import io.parley.model.files.DocumentReadException;
import io.parley.model.files.internal.DocumentFiles;

/**
 * The base of every Parley form editor: it loads a document through the model (a file that does
 * not load gets an error page and is never written), keeps one undo context, saves atomically,
 * notices changes on disk, validates on every change and takes the user to a problem's field.
 * Subclasses add their pages.
 */
public abstract class ParleyFormEditor extends FormEditor implements IGotoMarker {

	private static final Set<Integer> SETTLING_EVENTS = Set.of(OperationHistoryEvent.DONE, OperationHistoryEvent.OPERATION_ADDED,
			OperationHistoryEvent.UNDONE, OperationHistoryEvent.REDONE, OperationHistoryEvent.OPERATION_REMOVED);

	private IFile file;
	private JsonDocument document;
	private DocumentEditing editing;
	private DocumentDiagnostics diagnostics;
	private EditorFields fields;
	private DiskWatcher diskWatcher;
	private UndoRedoActionGroup undoRedo;
	private FieldEditActions fieldEdits;
	private Action revertAction;
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == ParleyFormEditor.this) {
				fillActionBars();
			}
		}
	};
	private final IOperationHistoryListener dirtyAfterUndo = this::historyChanged;
	private String savedText;
	private boolean shownDirty;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("Parley editors open files of a campaign workspace, not " + input.getName());
		}
		super.init(site, input);
		file = fileInput.getFile();
		setPartName(file.getName());
	}

	/** The pages of a document that loaded; {@link #editing()} and {@link #diagnostics()} are ready. */
	protected abstract void addDocumentPages() throws PartInitException;

	@Override
	protected final void addPages() {
		try {
			load();
			addDocumentPages();
			diskWatcher = new DiskWatcher(this);
			document.addListener(pointer -> documentChanged());
			diagnostics.refresh();
			installActions();
		} catch (DocumentReadException e) {
			addError(e);
		} catch (PartInitException e) {
			addError(new DocumentReadException(path(), 0, 0, "cannot be shown: " + e.getMessage()));
		}
		getSite().getPage().addPartListener(activation);
		// F1 anywhere in the editor asks for help on the editor's id: the guide maps it to the editor's page
		PlatformUI.getWorkbench().getHelpSystem().setHelp(getContainer(), getSite().getId());
	}

	private void addError(DocumentReadException problem) {
		try {
			addPage(new LoadErrorPage(this, problem));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private void load() throws DocumentReadException {
		ObjectNode root = (ObjectNode) readDocument();
		savedText = readDisk();
		document = new JsonDocument(root);
		editing = new DocumentEditing(document, this);
		diagnostics = new DocumentDiagnostics(file, document);
		fields = new EditorFields(this);
		diagnostics.addListener(() -> fields.showDiagnostics(diagnostics.all()));
	}

	/** The file as its kind reads it: a kind that names its schema (a plugin's) by that, the model's own kinds by the model. */
	private JsonNode readDocument() throws DocumentReadException {
		Optional<String> schema = DocumentKindRegistry.getDefault().forFileName(file.getName()).flatMap(DocumentKindDescriptor::schema);
		return schema.isPresent() ? DocumentFiles.read(path(), schema.get()) : DocumentFiles.read(path());
	}

	private void installActions() {
		undoRedo = new UndoRedoActionGroup(getEditorSite(), editing.undoContext(), true);
		fieldEdits = new FieldEditActions(getContainer());
		revertAction = new Action("Revert") {
			@Override
			public void run() {
				revert();
			}
		};
		fillActionBars();
		DocumentEditing.history().addOperationHistoryListener(dirtyAfterUndo);
	}

	/**
	 * Puts this editor's Undo, Redo, Revert, Cut, Copy, Paste and Select All into its action bars.
	 * Editors of one kind share their action bars, so each does so again whenever it becomes active:
	 * Edit > Undo would otherwise act on the editor of that kind opened last. An editor showing the
	 * error page has none of them.
	 */
	private void fillActionBars() {
		IActionBars bars = getEditorSite().getActionBars();
		if (isLoaded()) {
			undoRedo.fillActionBars(bars);
			fieldEdits.fillActionBars(bars);
		} else {
			for (ActionFactory action : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT,
					ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.SELECT_ALL }) {
				bars.setGlobalActionHandler(action.getId(), null);
			}
		}
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), isLoaded() ? revertAction : null);
		bars.updateActionBars();
	}

	/**
	 * The document changes while an operation runs, before the history puts it on the undo stack
	 * (a new operation is added only after DONE is told, an undone one moved before UNDONE), so the
	 * dirty state is settled again after each of these events. Without OPERATION_ADDED a single
	 * edit after a save (Add, Remove, a drag) left the editor looking saved.
	 */
	private void historyChanged(OperationHistoryEvent event) {
		if (SETTLING_EVENTS.contains(event.getEventType()) && event.getOperation().hasContext(editing.undoContext())) {
			tellDirtyStateIfChanged();
		}
	}

	private void tellDirtyStateIfChanged() {
		if (isDirty() != shownDirty) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** Tells the workbench only when the dirty state flips: each notice re-evaluates Save All and the like. */
	private void documentChanged() {
		diagnostics.refresh();
		tellDirtyStateIfChanged();
	}

	@Override
	protected void firePropertyChange(int property) {
		if (property == PROP_DIRTY) {
			shownDirty = isDirty();
		}
		super.firePropertyChange(property);
	}

	/** Checks the document again, as after an edit: what it depends on beside it has changed. */
	void recheck() {
		if (diskWatcher != null && diagnostics != null) {
			diagnostics.refresh();
		}
	}

	public IFile file() {
		return file;
	}

	public DocumentEditing editing() {
		return editing;
	}

	public DocumentDiagnostics diagnostics() {
		return diagnostics;
	}

	public EditorFields fields() {
		return fields;
	}

	/** True once the document loaded; false when the editor shows only the error page. */
	public boolean isLoaded() {
		return document != null;
	}

	@Override
	public boolean isDirty() {
		return editing != null && editing.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!isLoaded()) {
			return;
		}
		try {
			writeTo(file);
			editing.markSaved();
			diagnostics.contextChanged();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), "Could not save " + file.getName(),
					e.getMessage() + "\n\nYour changes are still in the editor.");
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return isLoaded();
	}

	@Override
	public void doSaveAs() {
		IFile target = SaveAsTarget.ask(getSite().getShell(), file);
		if (target == null) {
			return;
		}
		try {
			writeTo(target);
			editing.markSaved();
			moveTo(target);
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getSite().getShell(), "Could not save as " + target.getName(), e.getMessage());
		}
	}

	private void writeTo(IFile target) throws IOException, CoreException {
		String text = document.serialized();
		DocumentFiles.writeAtomically(target.getLocation().toFile().toPath(), text.getBytes(StandardCharsets.UTF_8));
		if (target.equals(file)) {
			savedText = text;
		}
		target.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	/** Follows the document to its new file, after Save As or a rename in the explorer. */
	void moveTo(IFile target) {
		file = target;
		savedText = readDisk();
		diagnostics.fileMoved(target);
		setInputWithNotify(new FileEditorInput(target));
		setPartName(target.getName());
	}

	/** Replaces the editor's content with the file on disk; the undo history starts over. */
	public void revert() {
		try {
			ObjectNode root = (ObjectNode) readDocument();
			savedText = readDisk();
			diagnostics.contextChanged();
			editing.forgetHistory();
			document.reset(root);
			editing.markSaved();
			firePropertyChange(PROP_DIRTY);
		} catch (DocumentReadException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot reload " + file.getName(), e.getMessage()
					+ "\n\nThe editor keeps its content; fix the file or save over it.");
		}
	}

	/** What the disk holds differs from what this editor loaded or saved last. */
	boolean diskDiffers() {
		return file.exists() && !readDisk().equals(savedText);
	}

	/** Keeps the editor's content and treats the disk's new content as seen, so we do not ask again. */
	void keepEditorContent() {
		savedText = readDisk();
	}

	@Override
	public void setFocus() {
		super.setFocus();
		if (diskWatcher != null) {
			diskWatcher.checkNow();
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		if (isLoaded()) {
			fields.reveal(marker.getAttribute(ProblemMarkers.JSON_PATH, ""), marker.getAttribute(ProblemMarkers.FIELD_START, -1),
					marker.getAttribute(ProblemMarkers.FIELD_END, -1));
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (diskWatcher != null) {
			diskWatcher.dispose();
			diskWatcher = null;
		}
		if (isLoaded()) {
			diagnostics.editorClosed();
			editing.forgetHistory();
		}
		if (undoRedo != null) {
			undoRedo.dispose();
			fieldEdits.dispose();
			DocumentEditing.history().removeOperationHistoryListener(dirtyAfterUndo);
		}
		getSite().getPage().removePartListener(activation);
		super.dispose();
	}

	private Path path() {
		return file.getLocation().toFile().toPath();
	}

	/** The document's folder on disk, against which the files it names (a prospect list, an audience) resolve. */
	public Path folder() {
		return path().getParent();
	}

	private String readDisk() {
		try {
			return Files.readString(path(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
