package io.parley.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.EditedDocuments;
import io.parley.core.workspace.ParleyNature;
import io.parley.core.workspace.ProblemMarkers;

class ValidationBuilderTest {

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = CampaignProjects.create(workspace, "builder-test", null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	private IFile write(String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, true, null);
		} else {
			file.create(in, true, null);
		}
		return file;
	}

	private IMarker[] markersAfterBuild(IFile file) throws Exception {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		return file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
	}

	@Test
	void aCheckOfTheProjectCutShortByACancelIsDoneInFullNextTime() throws Exception {
		IWorkspaceDescription description = workspace.getDescription();
		boolean autoBuilding = description.isAutoBuilding();
		description.setAutoBuilding(false);
		workspace.setDescription(description);
		try {
			List<IFile> files = List.of(write("a.template.json", "{"), write("b.template.json", "{"), write("c.template.json", "{"));
			// canceled while the first document is checked: the others are not
			IProgressMonitor cancelAtFirstDocument = new NullProgressMonitor() {
				@Override
				public void subTask(String name) {
					setCanceled(true);
				}
			};
			try {
				project.build(IncrementalProjectBuilder.FULL_BUILD, cancelAtFirstDocument);
			} catch (OperationCanceledException expected) {
				// the build says it was canceled
			}
			project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
			for (IFile file : files) {
				assertEquals(1, file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO).length, file.getName());
			}
		} finally {
			description.setAutoBuilding(autoBuilding);
			workspace.setDescription(description);
		}
	}

	@Test
	void aChangedFileIsCheckedAgainWithTheDocumentsThatNameItAndNoOthers() throws Exception {
		IFile card = write("greeting.card.txt", "hello.note.json");
		IFile other = write("other.card.txt", "other.note.json");
		write("other.note.json", "Still here");
		IFile note = write("hello.note.json", "Hello");
		assertEquals(0, markersAfterBuild(card).length);
		int otherChecks = CardValidator.CHECKS.getOrDefault(other.getName(), 0);

		write("hello.note.json", " ");
		IMarker[] markers = markersAfterBuild(card);
		assertEquals(1, markers.length, "the card was checked again when the note it names changed");
		assertEquals("The note hello.note.json says nothing", markers[0].getAttribute(IMarker.MESSAGE, ""));
		assertEquals(otherChecks, CardValidator.CHECKS.getOrDefault(other.getName(), 0), "a card naming another note was left alone");

		write("hello.note.json", "Hello again");
		assertEquals(0, markersAfterBuild(card).length);
		note.delete(true, null);
		assertEquals(1, markersAfterBuild(card).length, "a note that went is a change too");
	}

	@Test
	void projectHasNatureAndBuilder() throws CoreException {
		assertTrue(ParleyNature.isParleyProject(project));
		assertEquals("io.parley.core.validationBuilder", project.getDescription().getBuildSpec()[0].getBuilderName());
	}

	@Test
	void brokenDocumentGetsAMarkerOnItsLineAndLosesItWhenFixed() throws Exception {
		IFile file = write("bad.template.json", "{\n  \"schema\": \"parley.template/1\",\n  \"name\": \n}");
		IMarker[] markers = markersAfterBuild(file);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertEquals(4, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals("file.syntax", markers[0].getAttribute(ProblemMarkers.RULE_ID, ""));

		write("bad.template.json", "{\"schema\": \"parley.template/1\", \"name\": \"fixed\"}");
		long syntaxErrors = java.util.Arrays.stream(markersAfterBuild(file))
				.filter(m -> "file.syntax".equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).count();
		assertEquals(0, syntaxErrors);
	}

	@Test
	void aDocumentOpenInAnEditorKeepsTheEditorsMarkersUntilItCloses() throws Exception {
		IFile file = write("open.template.json", "{\"schema\": \"parley.template/1\", \"name\": \"fine\"}");
		markersAfterBuild(file);
		ProblemMarkers.replace(file, List.of());
		IMarker editorMarker = file.createMarker(ProblemMarkers.TYPE);
		EditedDocuments.opened(file);
		try {
			write("open.template.json", "{\n  \"schema\": \"parley.template/1\",\n  \"name\": \n}");
			assertArrayEquals(new IMarker[] { editorMarker }, markersAfterBuild(file), "the builder left them alone");
		} finally {
			EditedDocuments.closed(file);
		}
		write("open.template.json", "{\n  \"schema\": \"parley.template/1\",\n  \"name\": \n}");
		IMarker[] afterClose = markersAfterBuild(file);
		assertEquals(1, afterClose.length);
		assertEquals("file.syntax", afterClose[0].getAttribute(ProblemMarkers.RULE_ID, ""));
	}

	@Test
	void fieldDiagnosticsAreLocatedOnTheFieldsLine() throws Exception {
		IFile file = write("old.flow.json", "{\n  \"name\": \"x\",\n  \"schema\": \"parley.flow/0\"\n}");
		IMarker schema = java.util.Arrays.stream(markersAfterBuild(file))
				.filter(m -> "/schema".equals(m.getAttribute(ProblemMarkers.JSON_PATH, ""))).findFirst().orElseThrow();
		assertEquals(3, schema.getAttribute(IMarker.LINE_NUMBER, -1));
	}

	@Test
	void sampleIsInstalledIntoAnEmptyWorkspaceOnly() throws Exception {
		project.delete(true, true, null);
		IProject sample = CampaignProjects.installSampleIfEmpty(workspace, null);
		try {
			assertNotNull(sample);
			assertTrue(sample.getFile("software-demo.flow.json").exists());
			assertTrue(sample.getFile("webinar-invitation.template.json").exists());
			assertEquals(null, CampaignProjects.installSampleIfEmpty(workspace, null));
		} finally {
			sample.delete(true, true, null);
			project = CampaignProjects.create(workspace, "builder-test", null);
		}
	}
}
