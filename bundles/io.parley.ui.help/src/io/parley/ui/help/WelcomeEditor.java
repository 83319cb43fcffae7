package io.parley.ui.help;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;

/**
 * The first page a new workspace shows: open the sample campaign, start a campaign, run a script,
 * read the guide. Closing it dismisses it for the workspace; Help > Welcome shows it again.
 */
public final class WelcomeEditor extends EditorPart {

	public static final String ID = "io.parley.ui.help.welcome";

	/** One thing to do from the page. */
	private interface Action {
		void run() throws CoreException;
	}

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to " + productName());
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 24;
		layout.marginHeight = 16;
		layout.horizontalSpacing = 16;
		layout.verticalSpacing = 14;
		body.setLayout(layout);
		text(body, productName() + " plans LinkedIn messaging campaigns: Message Ads, Conversation Ads, InMail, messages "
				+ "and connection notes, checked against LinkedIn's limits as you type. Start with one of these:", 2);
		WelcomeActions actions = new WelcomeActions(getSite().getPage());
		action(body, "Open the Sample Campaign", "The webinar invitation: its template, audience, budget and launch "
				+ "checklist in the campaign editor. The sample campaigns are in the explorer on the left.", actions::openSampleCampaign);
		action(body, "New Campaign", "A campaign of your own: a name and its message format, then add an audience, "
				+ "a template and a budget.", actions::newCampaign);
		action(body, "Run a Script", "Runs the sample script 'Check all documents' in the background: its report "
				+ "appears in the Console, and the Scripts view lists every script of your workspaces.", actions::runSampleScript);
		action(body, "Read the Guide", "Getting started, each editor, rules, scripting, exporting and extending, "
				+ "beside your work. F1 in an editor opens its page.", actions::readGuide);
		text(body, "Close this page and it stays closed for this workspace; Help > Welcome brings it back.", 2)
				.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
	}

	private void action(Composite body, String label, String description, Action action) {
		Button button = toolkit.createButton(body, label, SWT.PUSH);
		button.setFont(JFaceResources.getBannerFont());
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, event -> {
			try {
				action.run();
			} catch (CoreException e) {
				ErrorDialog.openError(getSite().getShell(), label, null, e.getStatus());
			}
		});
		text(body, description, 1);
	}

	private Label text(Composite body, String text, int columns) {
		Label label = toolkit.createLabel(body, text, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
		data.widthHint = 300;
		label.setLayoutData(data);
		return label;
	}

	private static String productName() {
		return Platform.getProduct() == null ? "Parley" : Platform.getProduct().getName();
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (!PlatformUI.getWorkbench().isClosing()) {
			Welcome.dismiss();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
