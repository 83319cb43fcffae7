package io.parley.ui.campaigns;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;

import io.parley.core.workspace.ProblemMarkers;
import io.parley.model.campaign.CampaignParts;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;

/**
 * Every problem of a campaign and of the documents it uses: the campaign's own as its editor checks
 * it now, each part's as the Problems view shows it (its markers). The overview's problems list and
 * its checklist both read these, so they cannot disagree.
 */
final class CampaignProblems {

	/** One problem of {@code document}; {@code marker} is null for the campaign's own live diagnostics. */
	record Problem(String document, Diagnostic diagnostic, IMarker marker) {

		String severity() {
			return diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private CampaignProblems() {
	}

	static List<Problem> of(CampaignEditor editor) {
		List<Problem> problems = new ArrayList<>();
		String campaign = editor.file().getName();
		editor.diagnostics().all().forEach(d -> problems.add(new Problem(campaign, d, null)));
		CampaignParts parts = editor.parts();
		for (String part : List.of(CampaignParts.AUDIENCE, CampaignParts.CONTENT, CampaignParts.BUDGET)) {
			parts.file(part).map(path -> editor.file().getParent().getFile(new Path(path.getFileName().toString())))
					.filter(IFile::exists).ifPresent(file -> problems.addAll(markers(file)));
		}
		return problems;
	}

	/** The findings of the document called {@code document} among {@code problems}. */
	static List<Diagnostic> of(List<Problem> problems, String document) {
		return problems.stream().filter(p -> p.document().equals(document)).map(Problem::diagnostic).toList();
	}

	private static List<Problem> markers(IFile file) {
		List<Problem> found = new ArrayList<>();
		try {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				found.add(new Problem(file.getName(), diagnostic(marker), marker));
			}
		} catch (CoreException e) {
			return found;
		}
		return found;
	}

	private static Diagnostic diagnostic(IMarker marker) {
		int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
		return new Diagnostic(marker.getAttribute(ProblemMarkers.RULE_ID, ""), severity == IMarker.SEVERITY_ERROR ? Severity.ERROR
				: severity == IMarker.SEVERITY_WARNING ? Severity.WARNING : Severity.INFO, marker.getAttribute(IMarker.MESSAGE, ""),
				marker.getAttribute(ProblemMarkers.JSON_PATH, ""), marker.getAttribute(ProblemMarkers.FIELD_START, -1),
				marker.getAttribute(ProblemMarkers.FIELD_END, -1), marker.getAttribute(IMarker.LINE_NUMBER, 0), 0);
	}
}
