package io.parley.ui.templates;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.ui.editors.JsonDocument;
import io.parley.ui.editors.ParleySection;

/** The template's variants by name, with Add (a copy of the original to edit) and Remove. */
final class VariantListSection extends ParleySection {

	static final String POINTER = "/variants";

	private final VariantsPage page;
	private final List names;

	VariantListSection(VariantsPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Variants",
				"Each variant replaces the subject and/or body of the original; empty fields keep the original's.", 2, Refresh.ON_REQUEST);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		names = new List(client(), SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		listData.heightHint = 80;
		names.setLayoutData(listData);
		Button add = toolkit.createButton(client(), "Add", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button remove = toolkit.createButton(client(), "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		page.editor().fields().register(POINTER, names, VariantsPage.ID);
		add.addListener(SWT.Selection, e -> add());
		remove.addListener(SWT.Selection, e -> remove());
		names.addListener(SWT.Selection, e -> page.select(names.getSelectionIndex()));
		refresh();
	}

	/** Shows the names again; when the variants changed, the page shows the chosen one again, or the last. */
	@Override
	protected void documentChanged(String pointer) {
		refresh();
		if (isAtOrAll(pointer, POINTER)) {
			page.select(Math.min(page.selected(), page.variantCount() - 1));
		}
	}

	private void add() {
		JsonDocument document = page.editing().document();
		ArrayNode variants = variants();
		ObjectNode variant = JsonNodeFactory.instance.objectNode();
		variant.put("name", (char) ('B' + variants.size()) + ": ");
		variant.put("subject", document.text("/subject"));
		variant.put("body", document.text("/body"));
		variants.add(variant);
		page.editing().set("Add variant", POINTER, variants);
		page.select(variants.size() - 1);
		names.select(variants.size() - 1);
	}

	private void remove() {
		int index = names.getSelectionIndex();
		if (index < 0) {
			return;
		}
		ArrayNode variants = variants();
		variants.remove(index);
		page.editing().set("Remove variant", POINTER, variants.isEmpty() ? null : variants);
	}

	/** A copy of the variants to change and put back as one step. */
	private ArrayNode variants() {
		JsonNode current = page.editing().document().get(POINTER);
		return current.isArray() ? ((ArrayNode) current).deepCopy() : JsonNodeFactory.instance.arrayNode();
	}

	@Override
	public void refresh() {
		JsonNode variants = page.editing().document().get(POINTER);
		String[] items = new String[variants.size()];
		for (int i = 0; i < items.length; i++) {
			String name = variants.get(i).path("name").asText("");
			items[i] = name.isEmpty() ? "Variant " + (char) ('B' + i) : name;
		}
		if (!Arrays.equals(items, names.getItems())) {
			names.setItems(items);
		}
		if (page.selected() >= 0 && page.selected() < items.length) {
			names.select(page.selected());
		}
		super.refresh();
	}
}
