package io.parley.ui.campaigns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.ide.IDE;

import io.parley.ui.editors.JsonDocument;

/**
 * One part of the campaign (audience, content, budget): a choice among the documents of that kind
 * beside the campaign, and a link that opens the chosen one in its own editor.
 */
final class DocumentChooser {

	private final OverviewPage page;
	private final String pointer;
	private final String label;
	private final List<String> suffixes;
	private final Combo combo;

	DocumentChooser(OverviewPage page, FormToolkit toolkit, Composite parent, String part, String label, String... suffixes) {
		this.page = page;
		this.pointer = "/" + part;
		this.label = label;
		this.suffixes = Arrays.asList(suffixes);
		toolkit.createLabel(parent, label + ":");
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.adapt(combo);
		Hyperlink open = toolkit.createHyperlink(parent, "Open", SWT.NONE);
		open.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				open();
			}
		});
		page.editor().fields().register(pointer, combo, OverviewPage.ID);
		combo.addListener(SWT.Selection, e -> chosen());
	}

	private void chosen() {
		String name = combo.getText();
		if (!name.equals(page.editing().document().text(pointer))) {
			page.editing().set("Choose " + label.toLowerCase(Locale.ROOT), pointer, JsonDocument.textNode(name));
		}
	}

	/** Shows the choices and the campaign's choice; its section calls this after every check. */
	void show() {
		String current = page.editing().document().text(pointer);
		List<String> choices = candidates();
		if (!current.isEmpty() && !choices.contains(current)) {
			choices.add(0, current);
		}
		if (!Arrays.asList(combo.getItems()).equals(choices)) {
			combo.setItems(choices.toArray(String[]::new));
		}
		combo.select(choices.indexOf(current));
	}

	private List<String> candidates() {
		List<String> names = new ArrayList<>();
		IContainer folder = page.editor().file().getParent();
		try {
			for (IResource member : folder.members()) {
				if (member instanceof IFile && suffixes.stream().anyMatch(member.getName()::endsWith)) {
					names.add(member.getName());
				}
			}
		} catch (CoreException e) {
			return names;
		}
		names.sort(String::compareTo);
		return names;
	}

	private void open() {
		String name = page.editing().document().text(pointer);
		IFile file = page.editor().file().getParent().getFile(new Path(name));
		if (name.isEmpty() || !file.exists()) {
			page.getManagedForm().getForm().setMessage("Choose an existing " + label.toLowerCase(Locale.ROOT) + " first",
					IMessageProvider.WARNING);
			return;
		}
		try {
			IDE.openEditor(page.getSite().getPage(), file);
		} catch (PartInitException e) {
			page.getManagedForm().getForm().setMessage("Cannot open " + name + ": " + e.getMessage(),
					IMessageProvider.ERROR);
		}
	}
}
