package io.parley.ui.audiences;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.audience.AudienceFacet;
import io.parley.ui.editors.DocumentEditing;

/**
 * The values of one facet of a group (an include group or the exclusions): pick the facet, add a
 * value, remove the selected ones or paste many at once (one per line). Each change replaces the
 * whole group, so it is one undo step; a facet left with no value disappears from the group.
 */
final class FacetValuesEditor {

	private final DocumentEditing editing;
	private final Combo facet;
	private final List values;
	private final Text entry;
	private String group = "/exclude";

	FacetValuesEditor(AudiencePage page, FormToolkit toolkit, Composite parent) {
		this.editing = page.editing();
		Composite detail = toolkit.createComposite(parent);
		detail.setLayout(new GridLayout(3, false));
		detail.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.createLabel(detail, "Facet:");
		facet = new Combo(detail, SWT.READ_ONLY);
		Arrays.stream(AudienceFacet.values()).forEach(f -> facet.add(f.label()));
		facet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		facet.addListener(SWT.Selection, e -> showValues());
		values = new List(detail, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		toolkit.adapt(values, true, false);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		listData.heightHint = 120;
		listData.widthHint = 150;
		values.setLayoutData(listData);
		entry = toolkit.createText(detail, "", SWT.BORDER | SWT.SINGLE);
		entry.setMessage("A value, e.g. Marketing");
		entry.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		entry.addListener(SWT.DefaultSelection, e -> addTyped());
		button(toolkit, detail, "Add", this::addTyped);
		button(toolkit, detail, "Remove", this::removeSelected);
		button(toolkit, detail, "Paste many", this::pasteFromClipboard).setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 3, 1));
	}

	private static Button button(FormToolkit toolkit, Composite parent, String label, Runnable action) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Edits the group at {@code pointer}, starting with its first facet. */
	void show(String pointer) {
		group = pointer;
		JsonNode node = editing.document().get(pointer);
		AudienceFacet first = node.fields().hasNext() ? AudienceFacet.ofKey(node.fields().next().getKey()).orElse(AudienceFacet.TITLES)
				: AudienceFacet.JOB_FUNCTIONS;
		facet.select(first.ordinal());
		showValues();
	}

	void selectFacet(AudienceFacet chosen) {
		facet.select(chosen.ordinal());
		showValues();
	}

	String[] values() {
		return values.getItems();
	}

	void add(String text) {
		addAll(Set.of(text.strip()));
	}

	/** Adds every line (or tab- or semicolon-separated item) of {@code text}, skipping blanks and values already there. */
	void paste(String text) {
		Set<String> pasted = new LinkedHashSet<>();
		Arrays.stream(text.split("[\\r\\n\\t;]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(pasted::add);
		addAll(pasted);
	}

	private void addTyped() {
		add(entry.getText());
		entry.setText("");
	}

	private void pasteFromClipboard() {
		Clipboard clipboard = new Clipboard(values.getDisplay());
		try {
			Object text = clipboard.getContents(TextTransfer.getInstance());
			if (text instanceof String pasted) {
				paste(pasted);
			}
		} finally {
			clipboard.dispose();
		}
	}

	private void addAll(Set<String> added) {
		ObjectNode copy = groupCopy();
		ArrayNode list = copy.withArray(facetKey());
		Set<String> present = new LinkedHashSet<>();
		list.forEach(v -> present.add(v.asText()));
		added.stream().filter(v -> !v.isEmpty() && present.add(v)).forEach(list::add);
		if (list.size() > 0) {
			editing.set((added.size() > 1 ? "Paste " : "Add ") + AudienceFacet.labelOf(facetKey()).toLowerCase(), group, copy);
		}
	}

	void removeSelected() {
		int[] selected = values.getSelectionIndices();
		if (selected.length == 0) {
			return;
		}
		ObjectNode copy = groupCopy();
		ArrayNode list = copy.withArray(facetKey());
		for (int i = selected.length - 1; i >= 0; i--) {
			list.remove(selected[i]);
		}
		if (list.isEmpty()) {
			copy.remove(facetKey());
		}
		editing.set("Remove " + AudienceFacet.labelOf(facetKey()).toLowerCase(), group, copy);
	}

	private String facetKey() {
		return AudienceFacet.values()[Math.max(0, facet.getSelectionIndex())].key();
	}

	private ObjectNode groupCopy() {
		JsonNode node = editing.document().get(group);
		return node instanceof ObjectNode object ? object.deepCopy() : JsonNodeFactory.instance.objectNode();
	}

	/** Shows the values the group has for the chosen facet; its section calls this on every change. */
	void showValues() {
		java.util.List<String> items = new java.util.ArrayList<>();
		editing.document().get(group).path(facetKey()).forEach(v -> items.add(v.asText()));
		values.setItems(items.toArray(String[]::new));
	}
}
