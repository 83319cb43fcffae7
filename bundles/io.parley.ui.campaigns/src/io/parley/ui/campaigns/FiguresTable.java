package io.parley.ui.campaigns;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.results.ForecastCheck;

/**
 * Each figure of the campaign's results beside its forecast range for the days reported; one outside
 * its range is marked in red and says so. Each column is as wide as its name and its widest value.
 */
final class FiguresTable {

	static final String[] COLUMNS = { "Figure", "Actual", "Forecast so far", "Against forecast" };

	private final Table table;

	FiguresTable(FormToolkit toolkit, Composite parent) {
		table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		for (int c = 0; c < COLUMNS.length; c++) {
			TableColumn column = new TableColumn(table, c == 0 || c == 3 ? SWT.LEFT : SWT.RIGHT);
			column.setText(COLUMNS[c]);
			column.pack();
		}
	}

	Table control() {
		return table;
	}

	void show(ForecastCheck check) {
		table.removeAll();
		if (check != null) {
			for (ForecastCheck.Figure figure : check.figures()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { figure.name(), figure.value(), figure.range(), verdict(figure) });
				if (figure.outside()) {
					item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				}
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private static String verdict(ForecastCheck.Figure figure) {
		return switch (figure.verdict()) {
			case BELOW -> "below the range";
			case ABOVE -> "above the range";
			case NOT_REPORTED -> "not reported";
			case WITHIN -> "within";
		};
	}
}
