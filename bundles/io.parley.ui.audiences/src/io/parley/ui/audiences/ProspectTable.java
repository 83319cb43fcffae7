package io.parley.ui.audiences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectIndex;
import io.parley.model.files.ProspectList;
import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.ParleyFormEditor;

/**
 * A prospect list in a virtual table: a background job indexes the file with progress (a million
 * rows keep the UI responsive), then the table asks only for the rows it shows, each read from
 * disk by its offset. A value its column is too narrow for shows whole under the pointer. Above it,
 * how many rows leave each macro's column empty, since a message would go out with a blank there.
 */
final class ProspectTable {

	private static final int ROWS_PER_SLICE = 20_000;
	private static final int ROW_COLUMN = 70;
	private static final int NARROWEST_COLUMN = 110;
	/** The room GTK leaves around a cell's text. */
	private static final int CELL_PADDING = 12;
	/** The rows whose values a column's width is measured on: those a person sees first. */
	private static final int MEASURED_ROWS = 50;

	private final ParleyFormEditor editor;
	private final Label summary;
	private final Table table;
	private Job loading;
	private ProspectIndex index;
	/** What each column of the list needs to show its heading and first rows whole, in pixels. */
	private int[] needed = new int[0];
	private Consumer<List<String>> onHeader = header -> {
	};

	ProspectTable(ProspectsPage page, FormToolkit toolkit, Composite parent) {
		this.editor = page.editor();
		summary = toolkit.createLabel(parent, "", SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		summaryData.widthHint = 200;
		summary.setLayoutData(summaryData);
		table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.MULTI);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 400;
		data.widthHint = NARROWEST_COLUMN;
		table.setLayoutData(data);
		table.addListener(SWT.Resize, e -> shareWidth());
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		table.addListener(SWT.MouseHover, e -> table.setToolTipText(cutOff(new Point(e.x, e.y))));
		table.addListener(SWT.MouseExit, e -> table.setToolTipText(null));
		table.addDisposeListener(e -> {
			cancel();
			release();
		});
	}

	Table table() {
		return table;
	}

	String summary() {
		return summary.getText();
	}

	/** True once every row of the attached list is in the table. */
	boolean isComplete() {
		return index != null && table.getItemCount() == index.rowCount();
	}

	Job loading() {
		return loading;
	}

	/** Tells {@code listener} the columns of each list the table shows; an empty list when it shows none. */
	void onHeader(Consumer<List<String>> listener) {
		onHeader = listener;
	}

	/** Counts the empty fields again after the audience mapped a macro to another column. */
	void mappingChanged() {
		if (isComplete()) {
			summary.setText(describe(index));
		}
	}

	/** Shows the list in {@code file} (null: none), reading it in a background job. */
	void load(Path file) {
		cancel();
		release();
		table.setItemCount(0);
		onHeader.accept(List.of());
		if (file == null) {
			summary.setText("No prospect list is attached: message lengths are checked against the rule set's maxima.");
			return;
		}
		if (!Files.isReadable(file)) {
			summary.setText(file.getFileName() + " cannot be read.");
			return;
		}
		summary.setText("Reading " + file.getFileName() + "...");
		loading = new IndexJob(file, ProspectColumns.of(editor.editing().document().root()));
		loading.schedule();
	}

	/** Lets go of the shown list's index: a workbook's index keeps a copy of its rows until then. */
	private void release() {
		if (index != null) {
			close(index);
			index = null;
		}
	}

	private static void close(ProspectIndex unused) {
		try {
			unused.close();
		} catch (IOException e) {
			// a temporary copy that cannot be deleted goes with the system's temporary files
		}
	}

	private void cancel() {
		if (loading != null) {
			loading.cancel();
			loading = null;
		}
	}

	private void show(ProspectIndex loaded) {
		if (table.isDisposed()) {
			close(loaded);
			return;
		}
		index = loaded;
		table.setRedraw(false);
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		column("Row", ROW_COLUMN);
		loaded.columns().forEach(name -> column(name, NARROWEST_COLUMN));
		needed = measure(loaded);
		shareWidth();
		table.setRedraw(true);
		onHeader.accept(loaded.columns());
		grow(loaded);
	}

	/**
	 * Gives the table its rows a slice at a time: GTK adds each row of a virtual table to its model,
	 * which for a million rows takes seconds, so the rows arrive between other events.
	 */
	private void grow(ProspectIndex loaded) {
		if (table.isDisposed() || index != loaded) {
			return;
		}
		int count = Math.min(loaded.rowCount(), table.getItemCount() + ROWS_PER_SLICE);
		table.setItemCount(count);
		if (count < loaded.rowCount()) {
			summary.setText(String.format(Locale.ROOT, "Listing %,d of %,d prospects...", count, loaded.rowCount()));
			table.getDisplay().timerExec(1, () -> grow(loaded));
			return;
		}
		summary.setText(describe(loaded));
		summary.getParent().layout(true, true);
	}

	private String describe(ProspectIndex loaded) {
		ProspectColumns mapping = ProspectColumns.of(editor.editing().document().root()).resolvedFor(loaded.columns());
		String empties = macrosInColumnOrder(editor.diagnostics().context().ruleSet()).stream()
				.map(macro -> String.format(Locale.ROOT, "%s %,d", macro.token(), loaded.emptyCount(mapping.headerFor(macro.column()))))
				.collect(Collectors.joining(", "));
		return String.format(Locale.ROOT, "%,d prospects in %s, %s%s. Rows with an empty field per macro: %s.",
				loaded.rowCount(), loaded.file().getFileName(), loaded.format().description(), skipped(loaded.blankRows()), empties);
	}

	private static String skipped(long blankRows) {
		return blankRows == 0 ? "" : String.format(Locale.ROOT, "; %,d blank %s skipped", blankRows, blankRows == 1 ? "row" : "rows");
	}

	/** The rule set's macros in the order of a prospect list's columns; others after them. */
	static List<Macro> macrosInColumnOrder(RuleSet rules) {
		return rules.macros().values().stream().sorted(Comparator.comparingInt(macro -> columnOrder(macro.column()))).toList();
	}

	private static int columnOrder(String column) {
		int index = ProspectList.REQUIRED_COLUMNS.indexOf(column);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	/**
	 * The list's columns share the table's width: each gets what its heading and first rows need
	 * where the table has room for all, the room left shared out; where it has not, the widest
	 * columns give up the difference alike, so the short ones stay whole and a value cut off shows
	 * whole under the pointer. A list with more columns than fit keeps each readable and the table
	 * scrolls sideways.
	 */
	private void shareWidth() {
		TableColumn[] columns = table.getColumns();
		if (columns.length < 2 || needed.length != columns.length - 1) {
			return;
		}
		int room = table.getClientArea().width - ROW_COLUMN;
		int[] widths = ColumnWidths.share(needed, room, NARROWEST_COLUMN);
		for (int c = 1; c < columns.length; c++) {
			columns[c].setWidth(widths[c - 1]);
		}
	}

	/** The width of each of the list's columns that shows its heading and its first rows whole. */
	private int[] measure(ProspectIndex loaded) {
		List<String> headings = loaded.columns();
		int[] widths = new int[headings.size()];
		GC gc = new GC(table);
		try {
			for (int c = 0; c < widths.length; c++) {
				widths[c] = gc.textExtent(headings.get(c)).x + CELL_PADDING;
			}
			for (int row = 0; row < Math.min(MEASURED_ROWS, loaded.rowCount()); row++) {
				String[] fields = loaded.row(row);
				for (int c = 0; c < Math.min(fields.length, widths.length); c++) {
					widths[c] = Math.max(widths[c], fields[c] == null ? 0 : gc.textExtent(fields[c]).x + CELL_PADDING);
				}
			}
		} catch (IOException e) {
			// a row that cannot be read is measured by its heading; the table says why it cannot show it
		} finally {
			gc.dispose();
		}
		return widths;
	}

	/** The whole value of the cell at {@code point} when its column is too narrow to show it; else null. */
	String cutOff(Point point) {
		TableItem item = table.getItem(point);
		if (item == null) {
			return null;
		}
		for (int c = 0; c < table.getColumnCount(); c++) {
			if (item.getBounds(c).contains(point)) {
				String value = item.getText(c);
				GC gc = new GC(table);
				try {
					return gc.textExtent(value).x + CELL_PADDING > table.getColumn(c).getWidth() ? value : null;
				} finally {
					gc.dispose();
				}
			}
		}
		return null;
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	private void fill(TableItem item, int row) {
		if (index == null) {
			return;
		}
		try {
			String[] fields = index.row(row);
			item.setText(0, String.format(Locale.ROOT, "%,d", row + 1));
			for (int c = 0; c < fields.length; c++) {
				item.setText(c + 1, fields[c] == null ? "" : fields[c]);
			}
		} catch (IOException e) {
			item.setText(0, "cannot read: " + e.getMessage());
		}
	}

	/** Indexes the list off the UI thread, reporting kilobytes read, and hands the index to the table. */
	private final class IndexJob extends Job {
		private final Path file;
		private final ProspectColumns columns;
		private final Display display;

		IndexJob(Path file, ProspectColumns columns) {
			super("Reading prospect list " + file.getFileName());
			this.file = file;
			this.columns = columns;
			this.display = table.getDisplay();
			setUser(false);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				long kilobytes = Math.max(1, Files.size(file) / 1024);
				monitor.beginTask(getName(), (int) Math.min(Integer.MAX_VALUE, kilobytes));
				long[] reported = { 0 };
				var loaded = ProspectIndex.build(file, columns, (read, total) -> {
					monitor.worked((int) (read / 1024 - reported[0]));
					reported[0] = read / 1024;
					return !monitor.isCanceled();
				});
				if (loaded.isEmpty()) {
					return Status.CANCEL_STATUS;
				}
				later(() -> {
					if (loading == this) {
						show(loaded.get());
					} else {
						close(loaded.get());
					}
				});
				return Status.OK_STATUS;
			} catch (IOException e) {
				later(() -> {
					if (!summary.isDisposed()) {
						summary.setText(file.getFileName() + " cannot be read: " + e.getMessage());
					}
				});
				return Status.OK_STATUS;
			} finally {
				monitor.done();
			}
		}

		/** Runs {@code work} on the UI thread; the table may be gone by then, and with the studio's exit the display. */
		private void later(Runnable work) {
			if (!display.isDisposed()) {
				display.asyncExec(work);
			}
		}
	}
}
