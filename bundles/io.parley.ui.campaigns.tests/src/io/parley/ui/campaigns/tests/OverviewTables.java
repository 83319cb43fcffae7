package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.Widgets;

/** The campaign overview's checklist and problems list as a person reads them. */
final class OverviewTables {

	static final String DONE = "\u2714";
	static final String TO_DO = "\u2718";

	private OverviewTables() {
	}

	/** One step of the checklist as it reads: its mark, its title and what the documents say. */
	record Step(String mark, String title, String detail) {
	}

	/** The checklist's row of {@code step}. */
	static Step row(CampaignEditor editor, String step) {
		Composite body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
		Label title = Widgets.all(body, Label.class, l -> l.getText().equals(step)).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no step " + step));
		List<Control> cells = Arrays.asList(title.getParent().getChildren());
		int at = cells.indexOf(title);
		return new Step(((Label) cells.get(at - 1)).getText(), step, ((Label) cells.get(at + 1)).getText());
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
