package io.parley.scripting.ui.editor;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The editor's colours, shared through JFace's resource manager so they are disposed with it. */
final class ColorCache {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	Color get(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	void dispose() {
		resources.dispose();
	}
}
