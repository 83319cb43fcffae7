package io.parley.ui.navigator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.IPipelinedTreeContentProvider2;
import org.eclipse.ui.navigator.PipelinedShapeModification;
import org.eclipse.ui.navigator.PipelinedViewerUpdate;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.workspace.ParleyNature;
import io.parley.core.workspace.StagingFolders;

/**
 * Regroups the resource content of campaign workspaces: documents are shown under one group per
 * kind ("Campaigns", "Templates", ...) instead of one flat list, and the staging folders of script
 * runs and exports are not shown; other projects stay as they are.
 */
public final class CampaignContentProvider implements IPipelinedTreeContentProvider2 {

	private StructuredViewer viewer;

	@Override
	public void init(ICommonContentExtensionSite site) {
		// no state beyond the viewer, which arrives through inputChanged
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof DocumentGroup group ? group.files().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof DocumentGroup group) {
			return group.container();
		}
		return element instanceof IFile file ? groupOf(file).orElse(null) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof DocumentGroup group && !group.files().isEmpty();
	}

	@Override
	public boolean hasPipelinedChildren(Object element, boolean currentHasChildren) {
		return currentHasChildren;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	@Override
	public void getPipelinedChildren(Object parent, Set currentChildren) {
		if (!(parent instanceof IContainer container) || !isInCampaignWorkspace(container)) {
			return;
		}
		List<DocumentGroup> groups = new ArrayList<>();
		for (Iterator<?> it = currentChildren.iterator(); it.hasNext();) {
			Object child = it.next();
			if (isStaging(child)) {
				it.remove();
			} else if (child instanceof IFile file) {
				Optional<DocumentGroup> group = groupOf(file);
				if (group.isPresent()) {
					it.remove();
					if (!groups.contains(group.get())) {
						groups.add(group.get());
					}
				}
			}
		}
		currentChildren.addAll(groups);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public void getPipelinedElements(Object input, Set currentElements) {
		getPipelinedChildren(input, currentElements);
	}

	@Override
	public Object getPipelinedParent(Object element, Object suggestedParent) {
		return element instanceof IFile file ? groupOf(file).map(Object.class::cast).orElse(suggestedParent)
				: suggestedParent;
	}

	@Override
	public PipelinedShapeModification interceptAdd(PipelinedShapeModification modification) {
		if (modification.getParent() instanceof IContainer container && isInCampaignWorkspace(container)) {
			modification.getChildren().removeIf(CampaignContentProvider::isStaging);
		}
		return refreshParentInstead(modification);
	}

	@Override
	public PipelinedShapeModification interceptRemove(PipelinedShapeModification modification) {
		return refreshParentInstead(modification);
	}

	@Override
	public boolean interceptRefresh(PipelinedViewerUpdate refreshSynchronization) {
		return false;
	}

	@Override
	public boolean interceptUpdate(PipelinedViewerUpdate updateSynchronization) {
		return false;
	}

	/** Adding a document may create its group and removing one may empty it: refresh the folder. */
	private PipelinedShapeModification refreshParentInstead(PipelinedShapeModification modification) {
		if (modification.getParent() instanceof IContainer container && isInCampaignWorkspace(container)
				&& modification.getChildren().removeIf(c -> c instanceof IFile file && groupOf(file).isPresent())
				&& viewer != null) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (viewer != null && !viewer.getControl().isDisposed()) {
					viewer.refresh(container);
				}
			});
		}
		return modification;
	}

	/**
	 * What a script run or an export is writing, or what a killed one left: never a person's documents,
	 * so never shown, whether or not the explorer's ".* resources" filter is on.
	 */
	private static boolean isStaging(Object element) {
		return element instanceof IFolder folder && StagingFolders.isStaging(folder);
	}

	static Optional<DocumentGroup> groupOf(IFile file) {
		if (!isInCampaignWorkspace(file.getParent())) {
			return Optional.empty();
		}
		Optional<DocumentKindDescriptor> kind = DocumentKindRegistry.getDefault().forFileName(file.getName());
		return kind.map(k -> new DocumentGroup(file.getParent(), k));
	}

	private static boolean isInCampaignWorkspace(IContainer container) {
		return container.getProject() != null && ParleyNature.isParleyProject(container.getProject());
	}

	@Override
	public void dispose() {
		viewer = null;
	}

	@Override
	public void restoreState(org.eclipse.ui.IMemento memento) {
		// nothing is kept between sessions
	}

	@Override
	public void saveState(org.eclipse.ui.IMemento memento) {
		// nothing is kept between sessions
	}
}
