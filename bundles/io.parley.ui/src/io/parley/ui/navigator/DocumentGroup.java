package io.parley.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.parley.core.kinds.DocumentKindDescriptor;

/** The explorer's group of one kind of document inside a folder of a campaign workspace, e.g. "Flows". */
public record DocumentGroup(IContainer container, DocumentKindDescriptor kind) {

	public List<IFile> files() {
		List<IFile> files = new ArrayList<>();
		try {
			for (IResource member : container.members()) {
				if (member instanceof IFile file && kind.matches(file.getName())) {
					files.add(file);
				}
			}
		} catch (CoreException e) {
			return List.of();
		}
		return files;
	}

	public String label() {
		return kind.groupName();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentGroup group && group.container.equals(container)
				&& group.kind.id().equals(kind.id());
	}

	@Override
	public int hashCode() {
		return container.hashCode() * 31 + kind.id().hashCode();
	}
}
