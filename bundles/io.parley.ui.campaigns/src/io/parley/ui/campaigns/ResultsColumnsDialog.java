package io.parley.ui.campaigns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.parley.model.results.CampaignResults;

/**
 * Which column of LinkedIn's report holds each figure, as the person says: one choice a figure among
 * the report's columns, or that the report has none. Starts from the columns read so far.
 */
final class ResultsColumnsDialog extends Dialog {

	static final String TITLE = "Columns of the Report";
	static final String NONE = "(not in this report)";

	private final String report;
	private final List<String> header;
	private final Map<String, String> columns;
	private final Map<String, Combo> choices = new LinkedHashMap<>();

	/** {@code columns}: figure to the column read for it now; a figure not in it has none. */
	ResultsColumnsDialog(Shell parent, String report, List<String> header, Map<String, String> columns) {
		super(parent);
		this.report = report;
		this.header = List.copyOf(header);
		this.columns = new LinkedHashMap<>(columns);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Which column of " + report + " holds each figure? The campaign keeps your choice.");
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		introData.widthHint = 380;
		intro.setLayoutData(introData);
		List<String> items = new ArrayList<>();
		items.add(NONE);
		items.addAll(header);
		for (String figure : CampaignResults.columnFigures()) {
			new Label(area, SWT.NONE).setText(CampaignResults.label(figure) + ":");
			Combo choice = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
			choice.setItems(items.toArray(String[]::new));
			choice.select(Math.max(0, items.indexOf(columns.getOrDefault(figure, NONE))));
			choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			choices.put(figure, choice);
		}
		return area;
	}

	@Override
	protected void okPressed() {
		columns.clear();
		choices.forEach((figure, choice) -> columns.put(figure, choice.getText().equals(NONE) ? "" : choice.getText()));
		super.okPressed();
	}

	/** The choice for each figure, as the campaign keeps it: the column's name, or "" for none. */
	Map<String, String> chosen() {
		return columns;
	}
}
