package io.parley.ui.audiences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.parley.model.audience.AudienceFacet;
import io.parley.ui.editors.DocumentEditing;
import io.parley.ui.editors.ParleySection;

/**
 * The include groups and the exclusions as a list on the left, the chosen one's facet values on
 * the right. Groups are added and removed here; their values in {@link FacetValuesEditor}.
 */
final class TargetingSection extends ParleySection {

	private final DocumentEditing editing;
	private final org.eclipse.swt.widgets.List groups;
	private final FacetValuesEditor values;

	TargetingSection(AudiencePage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Targeting",
				"Members match every include group (AND), any value within a group (OR), and no exclusion.", 1, Refresh.AFTER_EVERY_CHANGE);
		this.editing = page.editing();
		AudiencePage.inColumn(getSection());
		Composite parent = client();
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(2, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite master = toolkit.createComposite(row);
		master.setLayout(new GridLayout(2, true));
		master.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		groups = new org.eclipse.swt.widgets.List(master, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		toolkit.adapt(groups, true, false);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		listData.widthHint = 180;
		listData.heightHint = 180;
		groups.setLayoutData(listData);
		Button add = toolkit.createButton(master, "Add group", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, e -> addGroup());
		Button remove = toolkit.createButton(master, "Remove group", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, e -> removeGroup());
		values = new FacetValuesEditor(page, toolkit, row);
		groups.addListener(SWT.Selection, e -> values.show(selectedPointer()));
		page.editor().fields().register("/include", groups, AudiencePage.ID);
		refresh();
		select(0);
	}

	FacetValuesEditor values() {
		return values;
	}

	org.eclipse.swt.widgets.List groups() {
		return groups;
	}

	/** Selects the include group at {@code index}, or the exclusions when it is the last entry. */
	void select(int index) {
		groups.select(Math.min(index, groups.getItemCount() - 1));
		values.show(selectedPointer());
	}

	void addGroup() {
		ArrayNode include = includeCopy();
		include.addObject();
		editing.set("Add include group", "/include", include);
		select(include.size() - 1);
	}

	void removeGroup() {
		int index = groups.getSelectionIndex();
		if (index < 0 || index >= include().size()) {
			return;
		}
		ArrayNode include = includeCopy();
		include.remove(index);
		editing.set("Remove include group", "/include", include);
		select(Math.max(0, index - 1));
	}

	private String selectedPointer() {
		int index = groups.getSelectionIndex();
		return index < 0 || index >= include().size() ? "/exclude" : "/include/" + index;
	}

	/** Shows the chosen group's values and every group, the chosen one still chosen. */
	@Override
	public void refresh() {
		values.showValues();
		int selected = groups.getSelectionIndex();
		List<String> items = new ArrayList<>();
		for (int i = 0; i < include().size(); i++) {
			items.add("Include " + (i + 1) + ": " + describe(include().get(i)));
		}
		items.add("Exclude: " + describe(editing.document().get("/exclude")));
		groups.setItems(items.toArray(String[]::new));
		groups.select(Math.min(Math.max(selected, 0), items.size() - 1));
		super.refresh();
	}

	private static String describe(JsonNode group) {
		List<String> facets = new ArrayList<>();
		group.fields().forEachRemaining(f -> facets.add(AudienceFacet.labelOf(f.getKey()) + " (" + f.getValue().size() + ")"));
		return facets.isEmpty() ? "nothing yet" : String.join(", ", facets);
	}

	private JsonNode include() {
		return editing.document().get("/include");
	}

	private ArrayNode includeCopy() {
		return include().isArray() ? ((ArrayNode) include()).deepCopy() : JsonNodeFactory.instance.arrayNode();
	}
}
