package io.parley.scripting.ui.view;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import io.parley.core.workspace.ParleyNature;
import io.parley.core.workspace.StagingFolders;

/** The automation scripts of the campaign workspaces, by the name and description their headers give. */
public final class ScriptsView extends ViewPart {

	public static final String ID = "io.parley.scripting.ui.scriptsView";

	/** One script file with its header. */
	public record Script(IFile file, ScriptHeader header) {
	}

	private TableViewer viewer;
	private Display display;
	private final IResourceChangeListener refresher = this::resourcesChanged;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		Composite tableParent = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		tableParent.setLayout(layout);
		viewer = new TableViewer(tableParent, SWT.FULL_SELECTION | SWT.SINGLE);
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(1));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Script) element).header().name();
			}
		});
		ScriptCards.drawOn(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(e -> open());
		getSite().setSelectionProvider(viewer);
		contributeRunAndStop();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(refresher, IResourceChangeEvent.POST_CHANGE);
		refresh();
	}

	private void contributeRunAndStop() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(new Action("Run") {
			{
				setToolTipText("Run the selected script (its output goes to the Console view)");
				setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
			}

			@Override
			public void run() {
				runSelected();
			}
		});
		toolBar.add(new Action("Stop") {
			{
				setToolTipText("Stop the running scripts; what they wrote is discarded");
				setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
			}

			@Override
			public void run() {
				Job.getJobManager().cancel(ScriptJob.FAMILY);
			}
		});
	}

	/** Runs the selected script as a background job and returns it, or null if nothing is selected. */
	public ScriptJob runSelected() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof Script script)) {
			return null;
		}
		ScriptJob job = new ScriptJob(script.file());
		job.schedule();
		return job;
	}

	/** The scripts now in the workspace, in path order. */
	public List<Script> scripts() {
		List<Script> scripts = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && "js".equals(file.getFileExtension())
						&& ParleyNature.isParleyProject(file.getProject())) {
					scripts.add(new Script(file, headerOf(file)));
				}
				// a run's or an export's staged files are not the workspace's scripts
				return !StagingFolders.isStaging(resource);
			});
		} catch (CoreException e) {
			setContentDescription("Cannot list the scripts: " + e.getMessage());
		}
		return scripts;
	}

	private static ScriptHeader headerOf(IFile file) {
		try {
			return ScriptHeader.parse(Files.readString(file.getLocation().toPath()), file.getName());
		} catch (IOException | RuntimeException e) {
			return new ScriptHeader(file.getName(), "(cannot be read: " + e.getMessage() + ")");
		}
	}

	private void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(scripts());
		}
	}

	/** Heard on the thread that changed the workspace, perhaps as the view closes: the display, not the table, takes the refresh. */
	private void resourcesChanged(IResourceChangeEvent event) {
		if (!display.isDisposed()) {
			display.asyncExec(this::refresh);
		}
	}

	private void open() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Script script) {
			try {
				IDE.openEditor(getSite().getPage(), script.file());
			} catch (PartInitException e) {
				setContentDescription("Cannot open " + script.file().getName() + ": " + e.getMessage());
			}
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(refresher);
		super.dispose();
	}
}
