package io.parley.ui.navigator;

import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;

import io.parley.core.kinds.DocumentKindDescriptor;

/** The icons of document kinds, created once per label provider and disposed with it. */
public final class KindImages {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	public Optional<Image> of(DocumentKindDescriptor kind) {
		return kind.icon().map(url -> resources.create(ImageDescriptor.createFromURL(url)));
	}

	public void dispose() {
		resources.dispose();
	}
}
