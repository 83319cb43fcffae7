package io.parley.ui.flows;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.IManagedForm;

import io.parley.model.flow.FlowAnalysis;
import io.parley.model.flow.FlowPath;
import io.parley.ui.editors.ParleyFormPage;

/**
 * Every way through the conversation, from the opening message to a landing page, a form or a
 * close, with how much the recipient reads; choosing one plays it in the preview beside the list.
 */
public final class PathsPage extends ParleyFormPage {

	public static final String ID = "io.parley.ui.flows.paths";
	private static final int NARROWEST_PATH = 120;
	/** The preview's least width: its text wraps, and Start Over and the buttons stay whole. */
	private static final int NARROWEST_PREVIEW = 190;
	private static final int TABLE_SHARE = 3;
	private static final int PREVIEW_SHARE = 2;

	private final FlowEditor editor;
	private TableViewer table;
	private Label summary;
	private ConversationPreview preview;
	private SashForm sash;

	PathsPage(FlowEditor editor) {
		super(editor, ID, "Paths");
		this.editor = editor;
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		body.setLayout(new GridLayout(1, false));
		summary = managedForm.getToolkit().createLabel(body, "", SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		sash = sideBySidePanes(managedForm.getToolkit(), body);
		createTable(sash);
		preview = new ConversationPreview(sash, managedForm.getToolkit(), editor::flow);
		sash.setWeights(TABLE_SHARE, PREVIEW_SHARE);
		sash.addListener(SWT.Resize, e -> shareWidth());
		table.addSelectionChangedListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof FlowPath path) {
				preview.play(path);
			}
		});
		refresh();
	}

	@Override
	protected void documentChanged(String pointer) {
		refresh();
	}

	private void createTable(Composite parent) {
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Buttons pressed", 320, p -> p.steps().stream().map(FlowPath.Step::buttonText).collect(Collectors.joining(" › ")));
		column("Ends in", 110, p -> asHeading(p.terminal()));
		column("Steps", 50, p -> Integer.toString(p.length()));
		column("Characters", 80, p -> Integer.toString(p.characters()));
		table.getTable().addListener(SWT.Resize, e -> fitColumns());
		ColumnViewerToolTipSupport.enableFor(table);
	}

	/**
	 * The table as wide as its columns need to show every path whole, three fifths of the page at
	 * least, the preview the rest but never narrower than it reads: in three fifths of the editor beside
	 * the explorer in a 1024x768 window the buttons pressed were cut ("Performance visibility › See a").
	 */
	private void shareWidth() {
		int total = sash.getClientArea().width - sash.getSashWidth();
		if (total <= 0) {
			return;
		}
		int need = table.getTable().computeTrim(0, 0, columnsNeed(), 0).width;
		int tableWidth = Math.max(total * TABLE_SHARE / (TABLE_SHARE + PREVIEW_SHARE), Math.min(need, total - NARROWEST_PREVIEW));
		sash.setWeights(tableWidth, total - tableWidth);
		fitColumns();
	}

	/** The width of all columns, each as wide as its heading and longest value. */
	private int columnsNeed() {
		int need = 0;
		for (TableColumn column : table.getTable().getColumns()) {
			column.pack();
			need += column.getWidth();
		}
		return need;
	}

	/**
	 * The short columns as wide as their heading and values; the buttons pressed take the room left
	 * (where even that cuts a path short, it shows whole in its tooltip), so no column hides past the edge.
	 */
	private void fitColumns() {
		TableColumn[] columns = table.getTable().getColumns();
		int others = 0;
		for (int i = 1; i < columns.length; i++) {
			columns[i].pack();
			others += columns[i].getWidth();
		}
		columns[0].setWidth(Math.max(NARROWEST_PATH, table.getTable().getClientArea().width - others));
	}

	private void column(String title, int width, Function<FlowPath, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((FlowPath) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}

	private void refresh() {
		if (table.getTable().isDisposed()) {
			return;
		}
		List<FlowPath> paths = new FlowAnalysis(editor.flow()).paths();
		table.setInput(paths);
		shareWidth();
		summary.setText(describe(paths));
		preview.restart();
	}

	/** "landing page" as a cell of its own reads "Landing page", like "Lead Gen Form" beside it. */
	private static String asHeading(String ending) {
		return ending.isEmpty() ? ending : Character.toUpperCase(ending.charAt(0)) + ending.substring(1);
	}

	private static String describe(List<FlowPath> paths) {
		if (paths.isEmpty()) {
			return "No path reaches a landing page, a form or a close yet.";
		}
		FlowPath longest = paths.stream().max((a, b) -> Integer.compare(a.characters(), b.characters())).orElseThrow();
		return paths.size() + (paths.size() == 1 ? " path" : " paths") + " from the opening message. The longest read is "
				+ longest.characters() + " characters in " + longest.length() + (longest.length() == 1 ? " step" : " steps")
				+ ". Choose a path to play it.";
	}

	/** The paths listed, in the order of the table. */
	@SuppressWarnings("unchecked")
	public List<FlowPath> paths() {
		return (List<FlowPath>) table.getInput();
	}

	public TableViewer table() {
		return table;
	}

	public ConversationPreview preview() {
		return preview;
	}
}
