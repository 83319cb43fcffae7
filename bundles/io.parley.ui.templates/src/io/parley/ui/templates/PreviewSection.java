package io.parley.ui.templates;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.files.Prospect;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.validation.DocumentContext;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.ParleySection;

/** The inbox preview with the person it is rendered for; previous / next walk the prospect list. */
final class PreviewSection extends ParleySection {

	private final ParleyFormPage page;
	private final TemplateEditor editor;
	private final String variant;
	private final Label person;
	private final InboxPreview preview;
	private DocumentContext peopleFrom;
	private PreviewPeople people;
	private MessageRenderer renderer;
	private int index;

	/** @param variant pointer of the variant to preview, such as {@code /variants/0}, or null for the message itself */
	PreviewSection(ParleyFormPage page, Composite parent, FormToolkit toolkit, String title, String variant) {
		super(page, parent, toolkit, title, null, 3, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		this.editor = (TemplateEditor) page.editor();
		this.variant = variant;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button previous = toolkit.createButton(client(), "\u25C0", SWT.PUSH);
		previous.setToolTipText("Previous person");
		Button next = toolkit.createButton(client(), "\u25B6", SWT.PUSH);
		next.setToolTipText("Next person");
		person = toolkit.createLabel(client(), "", SWT.WRAP);
		GridData personData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		personData.widthHint = 100;
		person.setLayoutData(personData);
		preview = new InboxPreview(client());
		preview.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		previous.addListener(SWT.Selection, e -> step(-1));
		next.addListener(SWT.Selection, e -> step(1));
		refresh();
	}

	PreviewSection(MessagePage page, Composite parent, FormToolkit toolkit) {
		this(page, parent, toolkit, "Inbox Preview", null);
	}

	private void step(int by) {
		index = Math.floorMod(index + by, people.size());
		refresh();
	}

	@Override
	public void refresh() {
		DocumentContext context = editor.diagnostics().context();
		if (context != peopleFrom) {
			peopleFrom = context;
			renderer = new MessageRenderer(context.ruleSet());
			people = PreviewPeople.of(context.prospectList(), renderer);
			index = Math.min(index, people.size() - 1);
		}
		Prospect shown = people.get(index);
		String caption = "Person " + (index + 1) + " of " + people.size() + " (" + people.source() + "): " + describe(shown);
		boolean moved = !caption.equals(person.getText());
		person.setText(caption);
		if (preview.show(page.editing().document(), variant, editor.format().orElse(null), shown, renderer) || moved) {
			person.getParent().layout(true, true);
			page.getManagedForm().getForm().reflow(true);
		}
		super.refresh();
	}

	private static String describe(Prospect prospect) {
		String name = (prospect.value("firstName") + " " + prospect.value("lastName")).strip();
		String title = prospect.value("jobTitle");
		String company = prospect.value("companyName");
		return (name.isEmpty() ? "(no name)" : name) + (title.isEmpty() ? "" : ", " + title) + (company.isEmpty() ? "" : " at " + company);
	}
}
