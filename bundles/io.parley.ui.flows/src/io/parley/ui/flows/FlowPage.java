package io.parley.ui.flows;


import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;

import io.parley.model.flow.FlowEdits;
import io.parley.ui.editors.JsonDocument;
import io.parley.ui.editors.ParleyFormPage;

/**
 * The flow as a graph beside the selected message's details. The toolbar adds, duplicates and
 * deletes messages and zooms the graph; every change is one undoable edit of the messages array.
 */
public final class FlowPage extends ParleyFormPage {

	public static final String ID = "io.parley.ui.flows.flow";
	/** The width the toolbars ask for, so they wrap to the page instead of widening it. */
	private static final int TOOLS_WIDTH = 300;
	/**
	 * The details take three fifths: a button row (field, counter, up, down, remove) needs about 410
	 * px, which half of the editor beside the explorer in a 1024x768 window cut off; the graph zooms to fit.
	 */
	private static final int GRAPH_SHARE = 2;
	private static final int DETAILS_SHARE = 3;

	private final FlowEditor editor;
	private FlowCanvas canvas;
	private MessageDetails details;
	private Action add;
	private Action duplicate;
	private Action delete;
	private Action rename;
	private Action makeOpening;

	FlowPage(FlowEditor editor) {
		super(editor, ID, "Flow");
		this.editor = editor;
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		body.setLayout(new GridLayout(1, false));
		createActions();
		// the editing tools and the zoom tools are two toolbars in a row that wraps: in one line they
		// made the page wider than the editor beside the explorer in a 1024x768 window
		Composite tools = managedForm.getToolkit().createComposite(body);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.marginLeft = 0;
		row.marginRight = 0;
		tools.setLayout(row);
		GridData toolsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		toolsData.widthHint = TOOLS_WIDTH;
		tools.setLayoutData(toolsData);
		ToolBarManager editing = toolbar(withText(add), withText(duplicate), withText(delete), new ActionContributionItem(rename),
				new ActionContributionItem(makeOpening));
		managedForm.getToolkit().adapt(editing.createControl(tools));
		ToolBarManager zoom = toolbar(new ActionContributionItem(action("Zoom In", () -> canvas.zoomIn())),
				new ActionContributionItem(action("Zoom Out", () -> canvas.zoomOut())),
				new ActionContributionItem(action("Fit", () -> canvas.fit())));
		// a line between the two toolbars too: side by side, "Make Opening Zoom In" read as one tool
		ToolBar line = new ToolBar(tools, SWT.FLAT);
		new ToolItem(line, SWT.SEPARATOR);
		line.setLayoutData(new RowData(SWT.DEFAULT, editing.getControl().computeSize(SWT.DEFAULT, SWT.DEFAULT).y));
		managedForm.getToolkit().adapt(line);
		managedForm.getToolkit().adapt(zoom.createControl(tools));

		SashForm sash = sideBySidePanes(managedForm.getToolkit(), body);
		canvas = new FlowCanvas(sash, editor.diagnostics());
		details = new MessageDetails(this, managedForm.getToolkit(), sash);
		sash.setWeights(GRAPH_SHARE, DETAILS_SHARE);

		canvas.onSelect(this::select);
		canvas.onEdgeDrop(this::leadButtonTo);
		hookGraph();
		canvas.show(editor.flow());
		select(editor.flow().indexOf(editor.flow().start()));
	}

	/** Tools with a line between every two: flat tools labelled in words ran together ("Zoom In Zoom Out Fit"). */
	private static ToolBarManager toolbar(IContributionItem... tools) {
		ToolBarManager toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		for (IContributionItem tool : tools) {
			if (!toolbar.isEmpty()) {
				toolbar.add(new Separator());
			}
			toolbar.add(tool);
		}
		return toolbar;
	}

	/** A tool with an icon that shows its label too. */
	private static IContributionItem withText(Action action) {
		ActionContributionItem item = new ActionContributionItem(action);
		item.setMode(ActionContributionItem.MODE_FORCE_TEXT);
		return item;
	}

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		add = action("Add Message", this::addMessage);
		add.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		duplicate = action("Duplicate", this::duplicateMessage);
		duplicate.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		delete = action("Delete", this::deleteMessage);
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		rename = action("Rename...", this::askNewId);
		makeOpening = action("Make Opening", this::makeOpening);
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** The message actions on the graph's context menu; Delete and the arrow keys on the keyboard. */
	private void hookGraph() {
		MenuManager menu = new MenuManager();
		menu.add(add);
		menu.add(duplicate);
		menu.add(rename);
		menu.add(makeOpening);
		menu.add(new Separator());
		menu.add(delete);
		canvas.control().setMenu(menu.createContextMenu(canvas.control()));
		canvas.control().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && delete.isEnabled()) {
				deleteMessage();
			} else if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
				int next = selected() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
				if (next >= 0 && next < editor.messages().size()) {
					select(next);
				}
			}
		});
	}

	/** Selects a message (-1 for none) in the graph and shows its details. */
	public void select(int message) {
		int count = editor.messages().size();
		int shown = message < count ? message : count - 1;
		canvas.setSelected(shown);
		canvas.reveal(shown);
		details.show(shown);
		duplicate.setEnabled(shown >= 0);
		rename.setEnabled(shown >= 0);
		delete.setEnabled(shown >= 0 && !canvas.isOpening(shown));
		makeOpening.setEnabled(shown >= 0 && !canvas.isOpening(shown));
	}

	public int selected() {
		return canvas.selected();
	}

	/** A button's edge dragged onto a message: the button now leads there, one undoable edit. */
	private void leadButtonTo(int message, int button, int target) {
		select(message);
		details.buttonRows().get(button).chooseNext(canvas.messageId(target));
	}

	/** Adds an empty message, not yet reached by any button, and selects it. */
	public void addMessage() {
		editing().set("Add message", "/messages", FlowEdits.withNewMessage(editor.messages()));
		select(editor.messages().size() - 1);
	}

	public void duplicateMessage() {
		int message = selected();
		if (message >= 0) {
			editing().set("Duplicate message", "/messages", FlowEdits.withDuplicate(editor.messages(), message));
			select(message + 1);
		}
	}

	/** Deletes the selected message; the buttons that led to it show as broken until pointed elsewhere. */
	public void deleteMessage() {
		int message = selected();
		if (message >= 0 && !canvas.isOpening(message)) {
			editing().set("Delete message", "/messages", FlowEdits.without(editor.messages(), message));
			select(Math.min(message, editor.messages().size() - 1));
		}
	}

	private void askNewId() {
		int message = selected();
		if (message < 0) {
			return;
		}
		String current = canvas.messageId(message);
		InputDialog dialog = new InputDialog(getSite().getShell(), "Rename Message",
				"New id for \"" + current + "\"; the buttons that lead to it follow:", current, id -> problemWithId(id, message));
		if (dialog.open() == Window.OK) {
			rename(dialog.getValue().strip());
		}
	}

	private String problemWithId(String id, int message) {
		if (id.isBlank()) {
			return "Give the message an id";
		}
		int other = editor.flow().indexOf(id.strip());
		return other >= 0 && other != message ? "Another message is called \"" + id.strip() + "\"" : null;
	}

	/** Renames the selected message; the opening message and every button that led to it follow. */
	public void rename(String newId) {
		int message = selected();
		if (message >= 0 && problemWithId(newId, message) == null) {
			editing().set("Rename message", "", FlowEdits.withRenamed(editing().document().root(), message, newId));
			select(message);
		}
	}

	/** Makes the selected message the one recipients see first. */
	public void makeOpening() {
		int message = selected();
		if (message >= 0) {
			editing().set("Make opening message", "/start", JsonDocument.textNode(canvas.messageId(message)));
			select(message);
		}
	}

	/** Adds a new message after a button of a message and points the button at it. */
	public void addMessageAfter(int message, int button) {
		editing().set("Add next message", "/messages", FlowEdits.withMessageAfter(editor.messages(), message, button));
		select(editor.messages().size() - 1);
	}

	public FlowCanvas canvas() {
		return canvas;
	}

	public MessageDetails details() {
		return details;
	}

	FlowEditor flowEditor() {
		return editor;
	}

	@Override
	protected void documentChanged(String pointer) {
		canvas.show(editor.flow());
		if (details.dependsOnStructure(pointer)) {
			select(selected());
		}
	}

	/** The graph marks the messages with problems. */
	@Override
	protected void documentChecked() {
		canvas.control().redraw();
	}
}
