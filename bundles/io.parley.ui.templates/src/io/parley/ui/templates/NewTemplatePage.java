package io.parley.ui.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.preferences.ParleyPreferences;
import io.parley.model.files.DocumentKind;
import io.parley.model.rules.MessageFormat;
import io.parley.model.validation.Diagnostic;
import io.parley.ui.wizards.NewDocuments;
import io.parley.ui.wizards.NewWorkspaceFilePage;

/**
 * Where the new template goes, what it is called, its format, and what a message of that format
 * cannot be sent without. Finish waits until the rule set finds no error in the template it would
 * create, so a new template starts with none.
 */
final class NewTemplatePage extends NewWorkspaceFilePage {

	static final String SUFFIX = DocumentKind.TEMPLATE.suffix();

	private final DocumentKindDescriptor kind = DocumentKindRegistry.getDefault().byId("template").orElseThrow();
	private final Map<TemplateField, String> answers = new EnumMap<>(TemplateField.class);
	private final Map<TemplateField, Control[]> rows = new EnumMap<>(TemplateField.class);
	/** Chosen first: a message to connections needs nothing but its text, so a name is enough to finish. */
	private MessageFormat format = MessageFormat.MESSAGE;

	NewTemplatePage(IStructuredSelection selection) {
		super("newTemplate", selection);
		setTitle("New Message Template");
		setDescription("Choose a folder of a campaign workspace, a name and the kind of message.");
		setFileName("untitled" + SUFFIX);
		NewDocuments.addSuffixToBareNames(this, SUFFIX);
		answers.put(TemplateField.SENDER, ParleyPreferences.get(ParleyPreferences.DEFAULT_SENDER));
		answers.put(TemplateField.SUBJECT, "");
		answers.put(TemplateField.BUTTON_TEXT, "Learn more");
		answers.put(TemplateField.LANDING_PAGE, "https://");
	}

	/** The format and its fields take the place of the linked-file options, which campaign workspaces do not use. */
	@Override
	protected void createAdvancedControls(Composite parent) {
		Group formats = new Group(parent, SWT.NONE);
		formats.setText("Format");
		formats.setLayout(new GridLayout(FormatSection.FORMATS.size(), false));
		formats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (MessageFormat each : FormatSection.FORMATS) {
			Button choice = new Button(formats, SWT.RADIO);
			choice.setText(each.label());
			choice.setSelection(each == format);
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					format = each;
					showAsked();
				}
			});
		}
		Group asked = new Group(parent, SWT.NONE);
		asked.setText("Details");
		asked.setLayout(new GridLayout(2, false));
		asked.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (TemplateField field : NewTemplateContent.ASKED) {
			Label label = new Label(asked, SWT.NONE);
			label.setText(field.label + ":");
			label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
			Text text = new Text(asked, SWT.BORDER);
			text.setText(answers.get(field));
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.addListener(SWT.Modify, e -> {
				answers.put(field, text.getText());
				setPageComplete(validatePage());
			});
			rows.put(field, new Control[] { label, text });
		}
		showAsked();
	}

	/** Shows the fields the chosen format has, and checks again. */
	private void showAsked() {
		rows.forEach((field, row) -> {
			for (Control control : row) {
				control.setVisible(field.belongsTo(format));
				((GridData) control.getLayoutData()).exclude = !field.belongsTo(format);
			}
		});
		if (!rows.isEmpty()) {
			rows.values().iterator().next()[0].getParent().getParent().layout(true, true);
		}
		setPageComplete(validatePage());
	}

	@Override
	protected boolean validatePage() {
		if (!super.validatePage() || rows.isEmpty()) {
			return false;
		}
		IFile file = newFile();
		if (file.exists()) {
			setErrorMessage("There is already a template named " + file.getName() + " in " + file.getParent().getFullPath() + ".");
			return false;
		}
		try {
			List<Diagnostic> errors = NewTemplateContent.errors(location(file), content());
			if (!errors.isEmpty()) {
				setErrorMessage(errors.get(0).message());
				return false;
			}
		} catch (IOException e) {
			setErrorMessage("Cannot prepare the new template: " + e.getMessage());
			return false;
		}
		setErrorMessage(null);
		return true;
	}

	@Override
	protected InputStream getInitialContents() {
		try {
			return new ByteArrayInputStream(content().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			setErrorMessage("Cannot prepare the new template: " + e.getMessage());
			return null;
		}
	}

	private String content() throws IOException {
		return NewTemplateContent.create(kind, kind.documentName(newFile().getName()), format, answers);
	}

	private IFile newFile() {
		String name = getFileName().endsWith(SUFFIX) ? getFileName() : getFileName() + SUFFIX;
		IPath container = getContainerFullPath();
		return ResourcesPlugin.getWorkspace().getRoot().getFile(container.append(name));
	}

	private static Path location(IFile file) {
		IPath location = file.getLocation();
		return location == null ? Path.of(file.getName()) : location.toFile().toPath();
	}
}
