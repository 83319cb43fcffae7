package io.parley.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.help.ITopic;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.Keys;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.SampleProjects;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.WindowSizes;
import io.parley.ui.tests.support.Workbench;

/** The Parley guide inside the studio: Help > Parley Guide, every page and link of it, and F1 in each editor. */
class GuideTest {

	private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">");
	private static IProject project;

	@BeforeAll
	static void copySamples() throws Exception {
		project = SampleProjects.create("Guide Test");
	}

	@Test
	void helpParleyGuideOpensTheGuideWhoseEveryPageAndLinkReads() throws Exception {
		try (LoggedErrors errors = LoggedErrors.watch()) {
			Menus.select("Help", "Parley Guide");
			GuideView guide = (GuideView) page().findView(GuideView.ID);
			assertNotNull(guide, "the Guide view is open");
			assertEquals(Guide.START, guide.shownPage());
			Screenshots.save(guide.getSite().getShell(), "guide");

			List<String> pages = new ArrayList<>(List.of(Guide.START));
			collect(Guide.chapters(), pages);
			assertEquals(13, pages.size(), "the first page, the chapters and the editors' pages: " + pages);
			for (String href : pages) {
				guide.show(href);
				assertFalse(guide.shownText().contains("Page not found"), href);
				assertTrue(guide.shownText().length() > 400, "a page with something to read: " + href);
				Matcher links = LINK.matcher(Guide.page(href).formText());
				while (links.find()) {
					String link = links.group(1);
					assertTrue(link.startsWith("http") || pages.contains(link), href + " links to " + link + ", which the guide lists");
				}
			}
			errors.assertNone("reading the guide");
		}
	}

	@Test
	void f1InEachEditorOpensThatEditorsPage() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("webinar-invitation.template.json", "template-editor.html");
		pages.put("software-demo.flow.json", "flow-editor.html");
		pages.put("marketing-leaders.audience.json", "audience-editor.html");
		pages.put("webinar-q4.campaign.json", "campaign-editor.html");
		pages.put("webinar-q4.budget.json", "budget-editor.html");
		pages.put("cmo-follow-up.sequence.json", "sequence-editor.html");
		try (LoggedErrors errors = LoggedErrors.watch()) {
			for (Map.Entry<String, String> entry : pages.entrySet()) {
				IEditorPart editor = IDE.openEditor(page(), project.getFile(entry.getKey()));
				UiWait.idle();
				Keys.help(((FormEditor) editor).getActivePageInstance().getPartControl());
				GuideView guide = (GuideView) page().findView(GuideView.ID);
				assertNotNull(guide, "F1 in " + entry.getKey() + " opens the guide");
				assertEquals("/io.parley.ui.help/guide/" + entry.getValue(), guide.shownPage(), "F1 in " + entry.getKey());
				assertEquals(editor, page().getActiveEditor(), "the editor stays where it was");
				if (entry.getValue().startsWith("template")) {
					Screenshots.save(guide.getSite().getShell(), "f1-template-editor");
				}
			}
			errors.assertNone("pressing F1 in the editors");
		}
	}

	@Test
	void theGuideWrapsItsPagesAndShowsItsWholeContentsAtTheSizesPeopleUse() throws Exception {
		Menus.select("Help", "Parley Guide");
		GuideView guide = (GuideView) page().findView(GuideView.ID);
		guide.show("/io.parley.ui.help/guide/sequence-editor.html");
		Tree contents = Widgets.all(Workbench.shell(), Tree.class, tree -> tree.getItemCount() > 0 && tree.getItem(0).getText().equals("Getting started")).get(0);
		ScrolledForm form = Widgets.all(contents.getParent(), ScrolledForm.class, scrolled -> true).get(0);
		FormText text = Widgets.all(form, FormText.class, formText -> true).get(0);
		Shell shell = Workbench.shell();
		WindowSizes.atEach((size, named) -> {
			Screenshots.save(shell, "guide-" + named);
			String at = " at " + named;
			assertTrue(text.getSize().x <= form.getClientArea().width, "the page wraps its lines to the view" + at + ": text "
					+ text.getSize().x + " px wide in " + form.getClientArea().width);
			assertFalse(form.getHorizontalBar() != null && form.getHorizontalBar().isVisible(), "no sideways scrolling to read a page" + at);
			for (TreeItem item : items(contents.getItems())) {
				Rectangle label = item.getBounds();
				assertTrue(label.x + label.width <= contents.getClientArea().width, "the contents list shows '" + item.getText() + "' whole" + at
						+ ": it needs " + (label.x + label.width) + " px of " + contents.getClientArea().width);
			}
		});
	}

	private static List<TreeItem> items(TreeItem[] level) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : level) {
			all.add(item);
			all.addAll(items(item.getItems()));
		}
		return all;
	}

	private static void collect(ITopic[] topics, List<String> hrefs) {
		for (ITopic topic : topics) {
			hrefs.add(topic.getHref());
			collect(topic.getSubtopics(), hrefs);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
