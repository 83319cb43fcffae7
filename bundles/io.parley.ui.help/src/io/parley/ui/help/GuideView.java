package io.parley.ui.help;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.help.ITopic;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.ControlListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;

/**
 * The Parley guide beside the editors: its contents on the left, a page on the right. Links go to
 * other pages of the guide (web addresses open in the system's browser); Back returns.
 */
public final class GuideView extends ViewPart {

	public static final String ID = "io.parley.ui.help.guide";

	/** The narrowest a page reads well in, about sixty characters of text. */
	private static final int MIN_PAGE_WIDTH = 420;

	private FormToolkit toolkit;
	private SashForm sash;
	private TreeViewer contents;
	private ScrolledForm form;
	private FormText text;
	private String shown;
	private String shownMarkup = "";
	private final Deque<String> history = new ArrayDeque<>();
	private Action back;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		sash = new SashForm(parent, SWT.HORIZONTAL);
		contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		contents.setContentProvider(new Chapters());
		contents.setLabelProvider(LabelProvider.createTextProvider(element -> ((ITopic) element).getLabel()));
		contents.setInput(Guide.chapters());
		contents.expandAll();
		contents.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof ITopic topic && !topic.getHref().equals(shown)) {
				show(topic.getHref());
			}
		});
		form = toolkit.createScrolledForm(sash);
		form.getBody().setLayout(new TableWrapLayout());
		text = toolkit.createFormText(form.getBody(), true);
		text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		text.setFont(GuideMarkup.HEADING, JFaceResources.getHeaderFont());
		text.setFont(GuideMarkup.SUBHEADING, JFaceResources.getBannerFont());
		text.setFont(GuideMarkup.CODE, JFaceResources.getTextFont());
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				follow((String) event.getHref());
			}
		});
		sash.addControlListener(ControlListener.controlResizedAdapter(event -> arrange()));
		contributeBack();
		show(Guide.START);
	}

	/**
	 * Gives the contents list the width its longest label needs and the page the rest; a view too
	 * narrow for both side by side (beside the editors on a small screen) has the contents above the page.
	 */
	private void arrange() {
		Rectangle area = sash.getClientArea();
		if (area.width == 0 || area.height == 0) {
			return;
		}
		Point needed = contents.getTree().computeSize(SWT.DEFAULT, SWT.DEFAULT);
		if (area.width >= needed.x + MIN_PAGE_WIDTH) {
			sash.setOrientation(SWT.HORIZONTAL);
			sash.setWeights(needed.x, area.width - needed.x);
		} else {
			sash.setOrientation(SWT.VERTICAL);
			int height = Math.min(needed.y, area.height / 3);
			sash.setWeights(height, area.height - height);
		}
		contents.getTree().showSelection();
	}

	private void contributeBack() {
		back = new Action("Back") {
			@Override
			public void run() {
				if (!history.isEmpty()) {
					display(history.pop());
				}
			}
		};
		back.setToolTipText("Back to the page shown before");
		back.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
		back.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(back);
	}

	private void follow(String href) {
		if (href.startsWith("http:") || href.startsWith("https:")) {
			Program.launch(href);
		} else {
			show(href);
		}
	}

	/** Shows the guide's page {@code href} ("/io.parley.ui.help/guide/flow-editor.html"). */
	public void show(String href) {
		if (href.equals(shown)) {
			return;
		}
		if (shown != null) {
			history.push(shown);
		}
		display(href);
	}

	private void display(String href) {
		shown = href;
		try {
			GuidePage page = Guide.page(href);
			form.setText(page.title());
			shownMarkup = page.formText();
			text.setText(shownMarkup, true, false);
			setContentDescription("");
		} catch (IOException | IllegalArgumentException e) {
			form.setText("Page not found");
			shownMarkup = "";
			text.setText("", false, false);
			setContentDescription(e.getMessage());
		}
		Guide.topic(href).ifPresentOrElse(topic -> contents.setSelection(new StructuredSelection(topic), true),
				() -> contents.setSelection(StructuredSelection.EMPTY));
		back.setEnabled(!history.isEmpty());
		form.setOrigin(0, 0);
		form.reflow(true);
	}

	/** The page now shown, as its help href. */
	public String shownPage() {
		return shown;
	}

	/** The text of the page now shown, as a person reads it: its title and its words without markup. */
	public String shownText() {
		return form.getText() + "\n" + shownMarkup.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"").replace("&amp;", "&");
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		toolkit.dispose();
		super.dispose();
	}

	private static final class Chapters implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((ITopic) parent).getSubtopics();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return ((ITopic) element).getSubtopics().length > 0;
		}
	}
}
