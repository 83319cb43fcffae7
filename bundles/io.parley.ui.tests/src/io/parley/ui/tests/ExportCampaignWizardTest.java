package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.workspace.CampaignProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.wizards.ExportDocumentWizard;

/** File > Export > Campaign as a user fills it in: refusing a campaign with errors, then writing the files. */
class ExportCampaignWizardTest {

	@TempDir
	Path out;

	@Test
	void refusesACampaignWithErrorsUnlessForcedAndWritesTheApiFiles() throws Exception {
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(CampaignProjects.SAMPLE_PROJECT);
		assertTrue(UiWait.until(() -> sample.getFile("webinar-q4.campaign.json").exists(), 30_000), "sample installed");
		IFile template = sample.getFile("long-subject.template.json");
		String ad = Files.readString(sample.getFile("webinar-invitation.template.json").getLocation().toFile().toPath())
				.replaceFirst("\"subject\": \"[^\"]*\"", "\"subject\": \"" + "A subject far longer than the sixty characters LinkedIn allows in a Message Ad" + "\"");
		template.create(new ByteArrayInputStream(ad.getBytes(StandardCharsets.UTF_8)), true, null);
		IFile campaign = sample.getFile("long-subject.campaign.json");
		String json = Files.readString(sample.getFile("webinar-q4.campaign.json").getLocation().toFile().toPath())
				.replace("webinar-invitation.template.json", template.getName());
		campaign.create(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			exportThroughTheWizard(campaign);
		} finally {
			campaign.delete(true, null);
			template.delete(true, null);
		}
	}

	private void exportThroughTheWizard(IFile campaign) throws Exception {
		ExportDocumentWizard wizard = (ExportDocumentWizard) PlatformUI.getWorkbench().getExportWizardRegistry()
				.findWizard("io.parley.ui.wizards.exportCampaign").createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(campaign));
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Composite page = (Composite) wizard.getPages()[0].getControl();
			List<Control> controls = all(page);
			Text folder = (Text) controls.stream().filter(Text.class::isInstance).findFirst().orElseThrow();
			folder.setText(out.toString());
			assertFalse(wizard.canFinish(), "the campaign's template has an error");
			assertNotNull(wizard.getPages()[0].getErrorMessage());
			assertTrue(wizard.getPages()[0].getErrorMessage().contains("error"), wizard.getPages()[0].getErrorMessage());

			Button force = (Button) controls.stream().filter(c -> c instanceof Button b && (b.getStyle() & SWT.CHECK) != 0).findFirst().orElseThrow();
			force.setSelection(true);
			force.notifyListeners(SWT.Selection, new Event());
			assertTrue(wizard.canFinish(), "forced");
			Combo exporter = (Combo) controls.stream().filter(Combo.class::isInstance).skip(1).findFirst().orElseThrow();
			assertTrue(exporter.getText().toLowerCase().contains("linkedin"), exporter.getText());

			closeTheConfirmationWhenItOpens(dialog.getShell());
			assertTrue(wizard.performFinish());
			try (Stream<Path> written = Files.walk(out)) {
				List<String> names = written.map(p -> p.getFileName().toString()).toList();
				assertTrue(names.stream().anyMatch(n -> n.endsWith(".json")), "API JSON written: " + names);
			}
		} finally {
			dialog.close();
		}
	}

	/** The "Wrote N files" message is modal; close it as a user would, once it is up. */
	private static void closeTheConfirmationWhenItOpens(Shell wizardShell) {
		Display display = wizardShell.getDisplay();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell != wizardShell && shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.MessageDialog message) {
					message.close();
					return;
				}
			}
			display.timerExec(100, poll[0]);
		};
		display.timerExec(100, poll[0]);
	}

	private static List<Control> all(Composite root) {
		List<Control> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			found.add(child);
			if (child instanceof Composite composite) {
				found.addAll(all(composite));
			}
		}
		return found;
	}
}
