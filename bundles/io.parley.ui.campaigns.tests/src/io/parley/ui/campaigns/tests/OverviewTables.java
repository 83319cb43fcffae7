package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.Widgets;

/** The campaign overview's tables (the checklist, the problems) as a person reads them. */
final class OverviewTables {

	static final String DONE = "\u2714";
	static final String TO_DO = "\u2718";

	private OverviewTables() {
	}

	/** The checklist's row of {@code step}. */
	static TableItem row(Table checklist, String step) {
		return Arrays.stream(checklist.getItems()).filter(i -> i.getText(1).equals(step)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + step));
	}

	static Table checklist(CampaignEditor editor) {
		return table(editor, "Step");
	}

	static Table problems(CampaignEditor editor) {
		return table(editor, "Document");
	}

	/** The table of the active page with a column titled {@code header}. */
	static Table table(CampaignEditor editor, String header) {
		Composite body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
		Table table = Widgets.all(body, Table.class, t -> Arrays.stream(t.getColumns()).anyMatch(c -> c.getText().equals(header))).stream()
				.findFirst().orElse(null);
		assertNotNull(table, "a table with a " + header + " column");
		return table;
	}
}
