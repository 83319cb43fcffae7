package io.parley.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.parley.core.export.CampaignExport;
import io.parley.core.export.ExporterDescriptor;
import io.parley.core.export.ExporterRegistry;
import io.parley.core.kinds.DocumentKindDescriptor;

/** Which document of the kind, which of the exporters that write it, where to; and whether to export a document that has errors. */
final class ExportDocumentPage extends WizardPage {

	private final DocumentKindDescriptor kind;
	private final String kindName;
	private final List<IFile> documents = new ArrayList<>();
	private final List<ExporterDescriptor> exporters;
	private final IFile selected;
	private Combo documentCombo;
	private Combo exporterCombo;
	private Text folderText;
	private Button forceButton;

	ExportDocumentPage(DocumentKindDescriptor kind, IStructuredSelection selection) {
		super("export-" + kind.id());
		this.kind = kind;
		this.kindName = kind.name().toLowerCase(Locale.ROOT);
		this.exporters = ExporterRegistry.getDefault().exporters().stream().filter(exporter -> exporter.exports(kind.id())).toList();
		String aKind = ("aeiou".indexOf(kindName.charAt(0)) >= 0 ? "an " : "a ") + kindName;
		setTitle("Export " + aKind);
		setDescription(exporters.size() == 1 && !exporters.get(0).description().isBlank() ? exporters.get(0).description()
				: "Write " + aKind + " as files for the LinkedIn Marketing API, a spreadsheet or a plugin's system.");
		selected = selection != null && selection.getFirstElement() instanceof IFile file && kind.matches(file.getName()) ? file : null;
		findDocuments();
	}

	private void findDocuments() {
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && kind.matches(file.getName())) {
					documents.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			setErrorMessage("Cannot list the workspace's documents: " + e.getMessage());
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		documentCombo = combo(body, "&" + kind.name() + ":", documents.stream().map(f -> f.getFullPath().makeRelative().toString()).toList());
		documentCombo.select(Math.max(0, documents.indexOf(selected)));
		exporterCombo = combo(body, "&Export as:", exporters.stream().map(ExporterDescriptor::name).toList());
		exporterCombo.select(0);
		new Label(body, SWT.NONE).setText("&To folder:");
		folderText = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		forceButton = new Button(body, SWT.CHECK);
		forceButton.setText("Export even if the " + kindName + " has &errors");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(forceButton);
		for (org.eclipse.swt.widgets.Control control : List.of(documentCombo, exporterCombo, folderText, forceButton)) {
			control.addListener(control instanceof Text ? SWT.Modify : SWT.Selection, e -> validate());
		}
		setControl(body);
		validate();
	}

	private static Combo combo(Composite body, String label, List<String> items) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY);
		combo.setItems(items.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		return combo;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage("Choose the folder the exported files go to");
		String folder = dialog.open();
		if (folder != null) {
			folderText.setText(folder);
		}
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (documents.isEmpty()) {
			return "The workspace has no " + kindName + " (a " + kind.suffix() + " file) to export.";
		}
		if (exporters.isEmpty()) {
			return "No exporter is installed.";
		}
		if (folderText.getText().isBlank()) {
			return "Choose the folder the exported files go to.";
		}
		int errors = new CampaignExport(exporter()).errors(documentFile()).size();
		if (errors > 0 && !forceButton.getSelection()) {
			return "The " + kindName + " has " + errors + (errors == 1 ? " error" : " errors")
					+ " (see the Problems view); fix them or choose to export anyway.";
		}
		return null;
	}

	Path documentFile() {
		return documents.get(documentCombo.getSelectionIndex()).getLocation().toPath();
	}

	ExporterDescriptor exporter() {
		return exporters.get(exporterCombo.getSelectionIndex());
	}

	Path outputFolder() {
		return Path.of(folderText.getText().trim());
	}

	boolean force() {
		return forceButton.getSelection();
	}
}
