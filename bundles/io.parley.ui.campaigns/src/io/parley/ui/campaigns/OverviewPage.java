package io.parley.ui.campaigns;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/**
 * The campaign at a glance: its parts on the left; readiness, forecast and every problem of its
 * documents on the right. The right side follows the part documents as they are saved.
 */
final class OverviewPage extends ParleyFormPage {

	static final String ID = "overview";

	private final List<Runnable> partListeners = new CopyOnWriteArrayList<>();

	OverviewPage(CampaignEditor editor) {
		super(editor, ID, "Overview");
	}

	CampaignEditor campaignEditor() {
		return (CampaignEditor) editor();
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, true));
		Composite left = column(toolkit, body);
		Composite right = column(toolkit, body);
		managedForm.addPart(new PartsSection(this, left, toolkit));
		managedForm.addPart(new ChecklistSection(this, right, toolkit));
		managedForm.addPart(new ForecastSection(this, right, toolkit));
		managedForm.addPart(new ProblemsSection(this, left, toolkit));
		IResourceChangeListener partsChanged = this::partsChanged;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(partsChanged, IResourceChangeEvent.POST_CHANGE);
		body.addDisposeListener(e -> ResourcesPlugin.getWorkspace().removeResourceChangeListener(partsChanged));
	}

	/** Runs {@code listener} after every change of the campaign and of the documents in its folder. */
	void onChange(Runnable listener, Control owner) {
		partListeners.add(listener);
		editor().diagnostics().addListener(listener);
		owner.addDisposeListener(e -> {
			partListeners.remove(listener);
			editor().diagnostics().removeListener(listener);
		});
		listener.run();
	}

	private void partsChanged(IResourceChangeEvent event) {
		if (event.getDelta() != null && event.getDelta().findMember(editor().file().getParent().getFullPath()) != null) {
			getSite().getShell().getDisplay().asyncExec(() -> partListeners.forEach(Runnable::run));
		}
	}
}
