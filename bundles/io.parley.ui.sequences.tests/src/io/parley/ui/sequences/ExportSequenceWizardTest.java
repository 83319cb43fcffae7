package io.parley.ui.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/** File > Export > Parley > Sequence, filled in as a person does: the sample's task list and calendar written and read back. */
class ExportSequenceWizardTest {

	private static IProject project;

	@TempDir
	Path out;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Sequence Export Test");
	}

	@Test
	void theSampleSequenceExportsItsTasksAndItsSendingDays() throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findCategory("io.parley.ui.exportWizards")
				.findWizard("io.parley.ui.sequences.exportSequence");
		assertNotNull(descriptor, "Sequence is in File > Export's Parley category");
		assertEquals("Sequence", descriptor.getLabel());
		IWorkbenchWizard wizard = descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.getFile("cmo-follow-up.sequence.json")));
		WizardDialog dialog = new WizardDialog(Workbench.shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Composite page = (Composite) wizard.getPages()[0].getControl();
			List<Combo> combos = Widgets.all(page, Combo.class, c -> true);
			assertEquals(project.getName() + "/cmo-follow-up.sequence.json", combos.get(0).getText());
			assertEquals("Sequence task list and calendar", combos.get(1).getText());
			FormInput.typeAtEnd(Widgets.all(page, Text.class, t -> true).get(0), out.toString());
			Dialogs.whenOpen(shell -> shell.getData() instanceof MessageDialog, shell -> Widgets.click(Widgets.button(shell, "OK")));
			Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
			assertTrue(UiWait.until(() -> dialog.getShell() == null, 10_000), "the wizard closed after writing the files");
		} finally {
			dialog.close();
		}

		List<String> tasks = Files.readAllLines(out.resolve("cmo-follow-up.tasks.csv"), StandardCharsets.UTF_8);
		assertEquals("date,person,step,touch,condition,subject,message", tasks.get(0));
		long rows = tasks.stream().filter(line -> line.matches("^\"\\d{4}-\\d{2}-\\d{2}\",.*")).count();
		assertEquals(5 * 4, rows, "five people, four hand-sent steps, each a row that starts with its date: " + tasks);
		ICalendar calendar = Biweekly.parse(out.resolve("cmo-follow-up.ics").toFile()).first();
		assertNotNull(calendar);
		assertTrue(calendar.getEvents().size() >= 4, "a day for each sending day: " + calendar.getEvents());
		assertTrue(calendar.getEvents().get(0).getSummary().getValue().startsWith("CMO follow-up: 5 Connection note"),
				calendar.getEvents().get(0).getSummary().getValue());
	}
}
