package io.parley.ui.flows.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.parley.core.workspace.CampaignProjects;
import io.parley.core.workspace.ProblemMarkers;
import io.parley.model.flow.FlowAnalysis;
import io.parley.model.flow.FlowEdits.Action;
import io.parley.model.flow.FlowLayout;
import io.parley.model.validation.Diagnostic;
import io.parley.ui.flows.ConversationPage;
import io.parley.ui.flows.FlowCanvas;
import io.parley.ui.flows.FlowEditor;
import io.parley.ui.flows.FlowPage;
import io.parley.ui.flows.FlowTemplate;
import io.parley.ui.flows.MessageDetails;
import io.parley.ui.flows.NewFlowWizard;
import io.parley.ui.flows.PathsPage;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;

/** The flow editor on the sample flow, a flow built, broken, fixed, saved and reopened through the editor, and the New wizard. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlowEditorTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static IProject sample() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(CampaignProjects.SAMPLE_PROJECT);
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static FlowEditor open(IFile file) throws Exception {
		IEditorPart editor = IDE.openEditor(page(), file);
		page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.idle();
		return assertInstanceOf(FlowEditor.class, editor, "flows open in the flow editor by default");
	}

	@Test
	@Order(1)
	void theSampleFlowOpensAsAGraphAndListsEveryPath() throws Exception {
		IFile file = sample().getFile("software-demo.flow.json");
		assertTrue(UiWait.until(file::exists, 30_000), "the sample workspace is installed on first start");
		FlowEditor editor = open(file);
		FlowPage flow = editor.flowPage();
		assertEquals(5, messageCount(flow.canvas().layout()));
		assertEquals(0, flow.selected(), "the opening message is selected");
		flow.canvas().fit();
		UiWait.idle();
		Screenshots.save(shell(), "flow-editor-sample");

		editor.setActivePage(PathsPage.ID);
		PathsPage paths = editor.pathsPage();
		assertEquals(12, paths.paths().size());
		paths.table().setSelection(new StructuredSelection(paths.paths().get(0)), true);
		assertTrue(paths.preview().transcript().contains("[Book a demo]"), paths.preview().transcript());
		assertTrue(paths.preview().choices().isEmpty(), "the path ended in the demo form");
		UiWait.idle();
		Screenshots.save(shell(), "flow-paths");
		paths.preview().restart();
		paths.preview().press(0);
		assertTrue(paths.preview().choices().contains("Book a demo"), paths.preview().choices().toString());

		editor.setActivePage(ConversationPage.ID);
		assertEquals("%FIRSTNAME%, which of these slows your team down?", find((Composite) editor.getActivePageInstance()
				.getPartControl(), "/subject").getText());
		page().closeEditor(editor, false);
	}

	@Test
	@Order(2)
	void aThreeLevelFlowIsBuiltItsDeadEndReportedFixedSavedAndReopened() throws Exception {
		IFile file = sample().getFile("three-levels.flow.json");
		file.create(new ByteArrayInputStream(FlowTemplate.BLANK.content("Three levels", "Dana Whitfield")), true, null);
		FlowEditor editor = open(file);
		FlowPage flow = editor.flowPage();
		MessageDetails details = flow.details();

		flow.select(1);
		details.buttonRows().get(0).chooseAction(Action.NEXT_MESSAGE);
		assertEquals(2, flow.selected(), "the new third-level message is selected");
		assertTrue(hasRule(editor.diagnostics().within("/messages/2"), "conversation-ad.terminal"), "dead end reported");
		FlowLayout layout = flow.canvas().layout();
		assertTrue(hasRule(flow.canvas().problemsOf(layout.nodes().get(layout.nodeOf(2))), "conversation-ad.terminal"),
				"the dead end's box carries it");
		UiWait.idle();
		Screenshots.save(shell(), "flow-dead-end");
		flow.select(0);
		IMarker marker = deadEndMarker(file);
		editor.gotoMarker(marker);
		assertEquals(2, flow.selected(), "a problem double-clicked in the Problems view selects its message");

		type(flow, "/messages/2/text", "Great. Book a 20-minute demo and we will show it on your own data.");
		details.addButton();
		details.addButton();
		details.buttonRows().get(1).chooseAction(Action.LEAD_GEN_FORM);
		type(flow, "/messages/2/buttons/1/leadGenForm", "Demo request form");
		assertTrue(editor.diagnostics().within("/messages/2").stream().noneMatch(Diagnostic::isError),
				"fixed: " + editor.diagnostics().within("/messages/2"));
		assertEquals(3, new FlowAnalysis(editor.flow()).depth());
		flow.rename("demo");
		assertEquals("demo", editor.flow().messages().get(1).buttons().get(0).next(), "the button follows the rename");

		checkNotInterestedAndTheFiveButtonLimit(editor, flow);

		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		flow.canvas().fit();
		UiWait.idle();
		Screenshots.save(shell(), "flow-three-levels");
		String graph = describe(flow.canvas().layout());
		page().closeEditor(editor, false);

		FlowEditor reopened = open(file);
		assertEquals(graph, describe(reopened.flowPage().canvas().layout()));
		assertTrue(reopened.diagnostics().all().stream().noneMatch(Diagnostic::isError), reopened.diagnostics().all().toString());
		page().closeEditor(reopened, false);
	}

	@Test
	@Order(3)
	void theNewWizardStartsAFlowFromTheChosenTemplate() throws Exception {
		NewFlowWizard wizard = new NewFlowWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(sample()));
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text name = find(dialog.getShell(), Text.class, t -> t.getText().equals("untitled.flow.json"));
			name.setText("from-template.flow.json");
			Button blank = find(dialog.getShell(), Button.class, b -> b.getText().startsWith(FlowTemplate.BLANK.label()));
			// as a click on a radio button does: the one chosen before is no longer chosen
			find(dialog.getShell(), Button.class, b -> b.getText().startsWith(FlowTemplate.SOFTWARE_DEMO.label())).setSelection(false);
			blank.setSelection(true);
			blank.notifyListeners(SWT.Selection, new Event());
			UiWait.idle();
			Screenshots.save(dialog.getShell(), "flow-new-wizard");
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		FlowEditor editor = assertInstanceOf(FlowEditor.class, page().getActiveEditor(), "the new flow opens in the flow editor");
		assertEquals("from-template", editor.flow().name());
		assertEquals(List.of("opening", "details"), editor.flow().messages().stream().map(m -> m.id()).toList());
		page().closeEditor(editor, false);
	}

	@Test
	@Order(4)
	void anEdgeDraggedByItsArrowheadOntoAnotherMessageLeadsThereAndUndoes() throws Exception {
		FlowEditor editor = open(sample().getFile("software-demo.flow.json"));
		FlowPage flow = editor.flowPage();
		FlowCanvas canvas = flow.canvas();
		FlowLayout layout = canvas.layout();
		int creative = editor.flow().indexOf("creative");
		int visibility = editor.flow().indexOf("visibility");
		FlowLayout.Edge bookDemo = layout.edges().stream().filter(e -> e.message() == creative && e.button() == 0).findFirst()
				.orElseThrow();
		assertEquals("Demo request form", editor.flow().messages().get(creative).buttons().get(0).leadGenForm());

		int[] arrow = layout.endOf(bookDemo);
		FlowLayout.Box target = layout.nodes().get(layout.nodeOf(visibility)).box();
		mouse(canvas, SWT.MouseDown, canvas.toControl(arrow[0], arrow[1]));
		mouse(canvas, SWT.MouseMove, canvas.toControl(target.x() + 20, target.y() + 10));
		UiWait.idle();
		Screenshots.save(shell(), "flow-edge-dragged");
		mouse(canvas, SWT.MouseUp, canvas.toControl(target.x() + 20, target.y() + 10));
		UiWait.idle();
		assertEquals("visibility", editor.flow().messages().get(creative).buttons().get(0).next(), "the button now leads to the message");
		assertEquals(creative, flow.selected(), "the message whose button moved is selected");
		assertTrue(editor.isDirty());

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.editing().undoContext(), null, null);
		UiWait.idle();
		assertEquals("Demo request form", editor.flow().messages().get(creative).buttons().get(0).leadGenForm(), "one undo takes it back");

		FlowLayout.Edge again = canvas.layout().edges().stream().filter(e -> e.message() == creative && e.button() == 0).findFirst()
				.orElseThrow();
		int[] end = canvas.layout().endOf(again);
		mouse(canvas, SWT.MouseDown, canvas.toControl(end[0], end[1]));
		mouse(canvas, SWT.MouseUp, canvas.toControl(end[0] - 200, end[1]));
		UiWait.idle();
		assertEquals("Demo request form", editor.flow().messages().get(creative).buttons().get(0).leadGenForm(),
				"let go over no message, nothing changes");
		assertFalse(editor.isDirty());
		page().closeEditor(editor, false);
	}

	private static void mouse(FlowCanvas canvas, int type, Point at) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = type == SWT.MouseMove ? 0 : 1;
		event.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON1;
		canvas.control().notifyListeners(type, event);
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> matching) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && matching.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, matching);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The opening message loses its way out and gets it back; then it fills up to five buttons, and undo takes them away. */
	private static void checkNotInterestedAndTheFiveButtonLimit(FlowEditor editor, FlowPage flow) throws Exception {
		flow.select(0);
		MessageDetails details = flow.details();
		details.buttonRows().get(1).delete();
		assertTrue(hasRule(editor.diagnostics().within("/messages/0"), "conversation-ad.not-interested"));
		assertTrue(details.canAddNotInterested());
		details.addNotInterested();
		assertFalse(details.canAddNotInterested(), "offered once");
		assertFalse(hasRule(editor.diagnostics().within("/messages/0"), "conversation-ad.not-interested"));
		for (int i = 0; i < 3; i++) {
			assertTrue(details.canAddButton());
			details.addButton();
		}
		assertEquals(5, editor.flow().messages().get(0).buttons().size());
		assertFalse(details.canAddButton(), "Add is disabled at five buttons");
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		for (int i = 0; i < 3; i++) {
			history.undo(editor.editing().undoContext(), null, null);
		}
		assertEquals(List.of("Tell me more", "Not interested"),
				editor.flow().messages().get(0).buttons().stream().map(b -> b.text()).toList());
		assertTrue(flow.details().canAddButton());
		assertFalse(flow.details().canAddNotInterested());
	}

	private static IMarker deadEndMarker(IFile file) throws Exception {
		IMarker[] found = new IMarker[1];
		assertTrue(UiWait.until(() -> {
			try {
				for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
					if ("/messages/2".equals(marker.getAttribute(ProblemMarkers.JSON_PATH, ""))) {
						found[0] = marker;
					}
				}
			} catch (CoreException e) {
				return false;
			}
			return found[0] != null;
		}, 10_000), "the dead end becomes a problem marker");
		return found[0];
	}

	private static void type(FlowPage flow, String pointer, String text) {
		StyledText field = find((Composite) flow.getPartControl(), pointer);
		field.setText(text);
		UiWait.idle();
	}

	private static StyledText find(Composite parent, String pointer) {
		return find(parent, StyledText.class, text -> pointer.equals(text.getData("pointer")));
	}

	private static boolean hasRule(List<Diagnostic> diagnostics, String ruleId) {
		return diagnostics.stream().anyMatch(d -> d.ruleId().equals(ruleId));
	}

	private static long messageCount(FlowLayout layout) {
		return layout.nodes().stream().filter(n -> n.kind() == FlowLayout.Kind.MESSAGE).count();
	}

	/** The graph as text: every node with its place and every edge, to compare before and after a reopen. */
	private static String describe(FlowLayout layout) {
		return layout.nodes().stream().map(n -> n.kind() + " " + n.label() + " " + n.box()).collect(Collectors.joining("\n"))
				+ layout.edges().stream().map(e -> e.label() + " " + e.from() + ">" + e.to()).collect(Collectors.joining("\n"));
	}
}
