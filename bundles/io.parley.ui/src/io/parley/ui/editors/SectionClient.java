package io.parley.ui.editors;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/** The composite inside a form section that holds its fields, laid out in a grid. */
public final class SectionClient {

	private SectionClient() {
	}

	/**
	 * Titles {@code section}, describes it when {@code description} is not null, and gives it a
	 * client laid out in {@code columns} columns.
	 */
	public static Composite create(Section section, FormToolkit toolkit, String title, String description, int columns) {
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}
}
