package io.parley.ui.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.ide.IDE;

import io.parley.core.workspace.ProblemMarkers;
import io.parley.model.campaign.CampaignParts;
import io.parley.model.validation.Diagnostic;
import io.parley.ui.editors.ListTable;

/**
 * Every problem of the campaign and of the documents it uses, in one list; double-click one to go
 * to its field, in this editor or in the part's own.
 */
final class ProblemsSection extends SectionPart {

	/** One row: where and what; {@code marker} is null for the campaign's own live diagnostics. */
	record Problem(String document, String severity, String message, String path, IMarker marker) {
	}

	private final OverviewPage page;
	private final ListTable<Problem> table;

	ProblemsSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR);
		this.page = page;
		Section section = getSection();
		section.setText("Problems");
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new ListTable<>(toolkit, section, Problem.class).column("Document", 3, Problem::document)
				.column("", 2, Problem::severity).column("Problem", 8, Problem::message);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 140;
		table.control().setLayoutData(data);
		section.setClient(table.control());
		table.viewer().addDoubleClickListener(e -> reveal((IStructuredSelection) e.getSelection()));
		page.onChange(this::update, table.control());
	}

	private void update() {
		if (!table.isDisposed()) {
			table.show(problems());
		}
	}

	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		String campaign = page.editor().file().getName();
		for (Diagnostic d : page.editor().diagnostics().all()) {
			problems.add(new Problem(campaign, d.severity().name().toLowerCase(Locale.ROOT), d.message(), d.path(), null));
		}
		CampaignParts parts = page.campaignEditor().parts();
		for (String part : List.of(CampaignParts.AUDIENCE, CampaignParts.CONTENT, CampaignParts.BUDGET)) {
			parts.file(part).map(path -> page.editor().file().getParent().getFile(new Path(path.getFileName().toString())))
					.filter(IFile::exists).ifPresent(file -> problems.addAll(markers(file)));
		}
		return problems;
	}

	private static List<Problem> markers(IFile file) {
		List<Problem> found = new ArrayList<>();
		try {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
				found.add(new Problem(file.getName(), severity == IMarker.SEVERITY_ERROR ? "error"
						: severity == IMarker.SEVERITY_WARNING ? "warning" : "info", marker.getAttribute(IMarker.MESSAGE, ""),
						marker.getAttribute(ProblemMarkers.JSON_PATH, ""), marker));
			}
		} catch (CoreException e) {
			return found;
		}
		return found;
	}

	private void reveal(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof Problem problem)) {
			return;
		}
		if (problem.marker() == null) {
			page.editor().fields().reveal(problem.path(), -1, -1);
			return;
		}
		try {
			IDE.openEditor(page.getSite().getPage(), problem.marker());
		} catch (PartInitException e) {
			page.getManagedForm().getForm().setMessage("Cannot open " + problem.document() + ": " + e.getMessage(),
					IMessageProvider.ERROR);
		}
	}
}
