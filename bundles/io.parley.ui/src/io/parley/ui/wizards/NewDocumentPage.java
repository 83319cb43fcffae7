package io.parley.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.NewDocumentContent;
import io.parley.core.preferences.ParleyPreferences;

/** Asks where the new document goes and what it is called; its content comes from the kind. */
final class NewDocumentPage extends WizardNewFileCreationPage {

	/** A new budget's flight starts in a week, leaving time to prepare, and runs four weeks. */
	private static final int FIRST_FLIGHT_WEEKS = 4;

	private final DocumentKindDescriptor kind;

	NewDocumentPage(DocumentKindDescriptor kind, IStructuredSelection selection) {
		super("newDocument", selection);
		this.kind = kind;
		setTitle("New " + kind.name());
		setDescription("Choose a folder of a campaign workspace and a name; it ends in " + kind.suffix() + ".");
		setFileName("untitled" + kind.suffix());
		NewDocuments.addSuffixToBareNames(this, kind.suffix());
	}

	@Override
	protected InputStream getInitialContents() {
		LocalDate nextWeek = LocalDate.now().plusWeeks(1);
		Map<String, String> fills = Map.of("name", kind.documentName(getFileName()), "sender",
				ParleyPreferences.get(ParleyPreferences.DEFAULT_SENDER), "currency",
				ParleyPreferences.get(ParleyPreferences.DEFAULT_CURRENCY), "start", nextWeek.toString(), "end",
				nextWeek.plusWeeks(FIRST_FLIGHT_WEEKS).toString());
		try {
			return new ByteArrayInputStream(NewDocumentContent.create(kind, fills, folder()));
		} catch (IOException e) {
			setErrorMessage("Cannot prepare the new document: " + e.getMessage());
			return null;
		}
	}

	/** The folder on disk the new document goes to; null while it does not exist yet. */
	private Path folder() {
		IResource container = ResourcesPlugin.getWorkspace().getRoot().findMember(getContainerFullPath());
		return container == null || container.getLocation() == null ? null : container.getLocation().toFile().toPath();
	}
}
