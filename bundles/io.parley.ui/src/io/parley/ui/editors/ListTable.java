package io.parley.ui.editors;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A read-only table of items in a form section (advice, problems, checklist steps): columns that
 * share the width by weight, each showing one text of the item, with the full text as tooltip.
 */
public final class ListTable<T> {

	private final Composite holder;
	private final TableColumnLayout columns = new TableColumnLayout();
	private final TableViewer viewer;
	private final Class<T> type;

	public ListTable(FormToolkit toolkit, Composite parent, Class<T> type) {
		this.type = type;
		holder = toolkit.createComposite(parent);
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	public ListTable<T> column(String title, int weight, Function<T, String> text) {
		return column(title, weight, text, item -> null);
	}

	/** A column whose text is coloured per item, e.g. a tick in green. */
	public ListTable<T> column(String title, int weight, Function<T, String> text, Function<T, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply(type.cast(element));
			}
		});
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 20));
		return this;
	}

	/** The composite to lay out in the section. */
	public Composite control() {
		return holder;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public boolean isDisposed() {
		return viewer.getTable().isDisposed();
	}

	public void show(List<T> items) {
		if (!isDisposed()) {
			viewer.setInput(items);
		}
	}
}
