package io.parley.core.extensions;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * A contributed class, created on first use rather than at startup so that a plugin's code is
 * loaded only when the studio needs it.
 */
public final class LazyExtension<T> {

	private final IConfigurationElement element;
	private final String attribute;
	private final Class<T> type;
	private T instance;

	public LazyExtension(IConfigurationElement element, String attribute, Class<T> type) {
		this.element = element;
		this.attribute = attribute;
		this.type = type;
	}

	public boolean isDeclared() {
		return element.getAttribute(attribute) != null;
	}

	/** The contributed object; an {@link InvalidContributionException} says why it cannot be made. */
	public synchronized T get() {
		if (instance == null) {
			instance = create();
		}
		return instance;
	}

	private T create() {
		Object created;
		try {
			created = element.createExecutableExtension(attribute);
		} catch (CoreException e) {
			throw new InvalidContributionException(element.getContributor().getName() + " declares "
					+ element.getAttribute(attribute) + ", which cannot be created: " + e.getMessage(), e);
		}
		if (!type.isInstance(created)) {
			throw new InvalidContributionException(element.getContributor().getName() + " declares "
					+ created.getClass().getName() + ", which is not a " + type.getName());
		}
		return type.cast(created);
	}
}
