package io.parley.ui.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;

/**
 * The explorer's group of one kind of document inside a folder of a campaign workspace, e.g.
 * "Flows". Kinds that name the same group share it: campaign results as CSV, workbook or JSON are
 * one "Results" group. {@code kind} is the kind whose file made the group, for its icon and place.
 */
public record DocumentGroup(IContainer container, DocumentKindDescriptor kind) {

	public List<IFile> files() {
		List<IFile> files = new ArrayList<>();
		try {
			for (IResource member : container.members()) {
				if (member instanceof IFile file && DocumentKindRegistry.getDefault().forFileName(file.getName())
						.filter(k -> k.groupName().equals(label())).isPresent()) {
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
		return other instanceof DocumentGroup group && group.container.equals(container) && group.label().equals(label());
	}

	@Override
	public int hashCode() {
		return container.hashCode() * 31 + label().hashCode();
	}
}
