package io.parley.ui.navigator;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;

/** Names and icons of document groups and of the documents in them. */
public final class CampaignLabelProvider extends LabelProvider implements ICommonLabelProvider {

	private final KindImages images = new KindImages();

	@Override
	public void init(ICommonContentExtensionSite site) {
		// labels depend only on the element
	}

	@Override
	public String getText(Object element) {
		if (element instanceof DocumentGroup group) {
			return group.label();
		}
		return element instanceof IFile file && kindOf(file).isPresent() ? file.getName() : null;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof DocumentGroup group) {
			return images.of(group.kind()).orElse(null);
		}
		return element instanceof IFile file ? kindOf(file).flatMap(images::of).orElse(null) : null;
	}

	@Override
	public String getDescription(Object element) {
		if (element instanceof DocumentGroup group) {
			return group.label() + " in " + group.container().getFullPath().makeRelative();
		}
		return element instanceof IFile file
				? kindOf(file).map(k -> k.name() + " " + k.documentName(file.getName())).orElse(null)
				: null;
	}

	private static Optional<DocumentKindDescriptor> kindOf(IFile file) {
		return CampaignContentProvider.groupOf(file).map(DocumentGroup::kind);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing is kept between sessions
	}

	@Override
	public void saveState(IMemento memento) {
		// nothing is kept between sessions
	}
}
