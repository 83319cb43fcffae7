package io.parley.ui.flows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import io.parley.core.preferences.ParleyPreferences;
import io.parley.model.files.DocumentKind;
import io.parley.ui.wizards.NewDocuments;
import io.parley.ui.wizards.NewWorkspaceFilePage;

/** Where the new flow goes, what it is called and which template it starts from. */
final class NewFlowPage extends NewWorkspaceFilePage {

	private static final String SUFFIX = DocumentKind.FLOW.suffix();

	private FlowTemplate template = FlowTemplate.SOFTWARE_DEMO;

	NewFlowPage(IStructuredSelection selection) {
		super("newFlow", selection);
		setTitle("New Conversation Flow");
		setDescription("Choose a folder of a campaign workspace, a name (it ends in " + SUFFIX + ") and a template.");
		setFileName("untitled" + SUFFIX);
		NewDocuments.addSuffixToBareNames(this, SUFFIX);
	}

	/** The templates take the place of the linked-file options, which campaign workspaces do not use. */
	@Override
	protected void createAdvancedControls(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Start from");
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (FlowTemplate each : FlowTemplate.values()) {
			Button choice = new Button(group, SWT.RADIO);
			choice.setText(each.label() + ": " + each.description());
			choice.setSelection(each == template);
			choice.addListener(SWT.Selection, e -> template = each);
		}
	}

	@Override
	protected InputStream getInitialContents() {
		String name = getFileName().substring(0, getFileName().length() - SUFFIX.length());
		try {
			return new ByteArrayInputStream(template.content(name, ParleyPreferences.get(ParleyPreferences.DEFAULT_SENDER)));
		} catch (IOException e) {
			setErrorMessage("Cannot prepare the new flow: " + e.getMessage());
			return null;
		}
	}
}
