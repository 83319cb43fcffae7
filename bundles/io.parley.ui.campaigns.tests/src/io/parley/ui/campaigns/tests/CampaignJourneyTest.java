package io.parley.ui.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.tests.support.EditorJourney;
import io.parley.ui.tests.support.FormInput;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/**
 * The campaign editor walked as a person does: every field and choice of the overview is unsaved,
 * undone exactly, redone, saved and shown again; opening a part or a problem changes nothing.
 */
class CampaignJourneyTest {

	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Campaign Journey Test");
		copy("marketing-leaders.audience.json", "small-test.audience.json");
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void everyFieldAndChoiceOfTheOverview() throws Exception {
		EditorJourney<CampaignEditor> journey = on("journey.campaign.json");
		journey.step("typing in Name", e -> FormInput.typeAtEnd(text(e, "/name"), " (spring)"),
				e -> assertEquals("Webinar Q4: pipeline from paid social (spring)", text(e, "/name").getText()));
		journey.step("Format: InMail", e -> FormInput.choose(combo(e, "/format"), "InMail"),
				e -> assertEquals("InMail", combo(e, "/format").getText()));
		journey.step("InMail plan: Sales Navigator Core", e -> FormInput.choose(combo(e, "/inMailPlan"), "Sales Navigator Core"),
				e -> {
					assertEquals("SALES_NAVIGATOR_CORE", e.editing().document().text("/inMailPlan"));
					assertEquals("Sales Navigator Core", combo(e, "/inMailPlan").getText());
				});
		journey.step("InMail plan: (no plan)", e -> FormInput.choose(combo(e, "/inMailPlan"), "(no plan)"),
				e -> assertFalse(e.editing().document().has("/inMailPlan")));
		journey.step("Audience: another audience", e -> FormInput.choose(combo(e, "/audience"), "small-test.audience.json"),
				e -> assertEquals("small-test.audience.json", combo(e, "/audience").getText()));
		journey.step("Content: another template", e -> FormInput.choose(combo(e, "/content"), "demo-request.template.json"),
				e -> assertEquals("demo-request.template.json", combo(e, "/content").getText()));
		journey.step("Budget: another budget", e -> FormInput.choose(combo(e, "/budget"), "demo-requests.budget.json"),
				e -> assertEquals("demo-requests.budget.json", combo(e, "/budget").getText()));
		journey.step("typing in Sender", e -> FormInput.typeAtEnd(text(e, "/sender"), " Jr."),
				e -> assertEquals("Dana Whitfield Jr.", text(e, "/sender").getText()));
		journey.step("typing in First send", e -> FormInput.typeAtEnd(text(e, "/schedule/start"), "\b\b15"),
				e -> assertEquals("2026-12-15", text(e, "/schedule/start").getText()));
		journey.step("typing in Last send", e -> FormInput.typeAtEnd(text(e, "/schedule/end"), "\b\b28"),
				e -> assertEquals("2026-12-28", text(e, "/schedule/end").getText()));
	}

	/** The report of a campaign that ran is detached and chosen again on the Results page. */
	@Test
	void theReportOnTheResultsPage() throws Exception {
		copy("webinar-q4.campaign.json", "results.campaign.json");
		EditorJourney<CampaignEditor> journey = EditorJourney.open(project.getFile("results.campaign.json"), CampaignEditor.class,
				e -> e.setActivePage("results"));
		journey.step("Report: (none)", e -> FormInput.choose(report(e), "(none)"), e -> {
			assertFalse(e.editing().document().has("/results"));
			assertEquals("(none)", report(e).getText());
		});
		journey.step("Report: webinar-q4.results.csv", e -> FormInput.choose(report(e), "webinar-q4.results.csv"), e -> {
			assertEquals("webinar-q4.results.csv", e.editing().document().text("/results"));
			assertEquals("webinar-q4.results.csv", report(e).getText());
		});
	}

	@Test
	void theInMailPlansAreNamedAsPeopleKnowThem() throws Exception {
		CampaignEditor editor = EditorJourney.open(project.getFile("cmo-outreach.campaign.json"), CampaignEditor.class, e -> {
		}).editor();
		Combo plan = combo(editor, "/inMailPlan");
		assertEquals("Premium Career", plan.getText());
		assertEquals("[(no plan), Premium Career, Premium Business, Sales Navigator Core, Recruiter Lite, Recruiter]",
				Arrays.toString(plan.getItems()));
	}

	/** Open beside a part shows it in its own editor; a problem clicked is shown at its field. Neither edits the campaign. */
	@Test
	void openingAPartOrAProblemChangesNothing() throws Exception {
		CampaignEditor editor = on("reading.campaign.json").editor();
		Composite body = editor.getActivePageInstance().getManagedForm().getForm().getBody();
		Hyperlink open = Widgets.all(body, Hyperlink.class, h -> h.getText().equals("Open")).get(1);
		Overview.click(open);
		IEditorPart content = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals("webinar-invitation.template.json", assertInstanceOf(ParleyFormEditor.class, content).file().getName());
		assertFalse(editor.isDirty(), "opening a part leaves the campaign as it is");

		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
		assertTrue(UiWait.until(() -> !Overview.problems(editor).isEmpty(), 10_000), "the sample has problems to go to");
		Overview.click(Overview.problems(editor).get(0).link());
		assertFalse(editor.isDirty(), "going to a problem leaves the campaign as it is");
	}

	private static StyledText text(CampaignEditor editor, String pointer) {
		return assertInstanceOf(StyledText.class, editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no field " + pointer)));
	}

	private static Combo combo(CampaignEditor editor, String pointer) {
		return assertInstanceOf(Combo.class, editor.fields().control(pointer).orElseThrow(() -> new AssertionError("no choice " + pointer)));
	}

	/** The Results page's choice of report, once it lists the reports beside the campaign. */
	private static Combo report(CampaignEditor editor) {
		Combo report = combo(editor, "/results");
		assertTrue(UiWait.until(() -> report.getItemCount() > 1, 5_000), "the reports beside the campaign are listed");
		return report;
	}

	/** Opens a copy of the sample webinar campaign of its own, named {@code name}, so each journey starts from the sample. */
	private static EditorJourney<CampaignEditor> on(String name) throws Exception {
		copy("webinar-q4.campaign.json", name);
		return EditorJourney.open(project.getFile(name), CampaignEditor.class, e -> {
		});
	}

	private static void copy(String sample, String name) throws Exception {
		IFile copy = project.getFile(name);
		try (InputStream in = project.getFile(sample).getContents()) {
			copy.create(in, true, null);
		}
	}
}
