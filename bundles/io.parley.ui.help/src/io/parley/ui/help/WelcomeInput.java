package io.parley.ui.help;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The welcome page, the one input of its editor; not kept across restarts (the start decides again). */
final class WelcomeInput implements IEditorInput {

	static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return "Welcome";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "What to do first in the studio";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
