package io.parley.core.extensions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

/**
 * Reads every contribution to one extension point. A bad contribution is logged with the name of
 * the plugin that made it and skipped, so one broken plugin never hides the others.
 */
public final class RegistryReader {

	private final String pointId;

	public RegistryReader(String pointId) {
		this.pointId = pointId;
	}

	/** Hands each element named {@code elementName} to {@code reader}; contributions that throw are logged. */
	public void read(String elementName, Consumer<IConfigurationElement> reader) {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(pointId)) {
			if (!elementName.equals(element.getName())) {
				continue;
			}
			try {
				reader.accept(element);
			} catch (InvalidContributionException | InvalidRegistryObjectException e) {
				logBadContribution(element, e.getMessage());
			}
		}
	}

	/**
	 * Reads each element into a descriptor and keys it by id; a second contribution with an id that
	 * is already taken is reported and ignored, so the first plugin's keeps working.
	 */
	public <T> Map<String, T> readUnique(String elementName, Function<IConfigurationElement, T> create,
			Function<T, String> id) {
		Map<String, T> byId = new LinkedHashMap<>();
		read(elementName, element -> {
			T descriptor = create.apply(element);
			if (byId.putIfAbsent(id.apply(descriptor), descriptor) != null) {
				logBadContribution(element, "the id '" + id.apply(descriptor) + "' is already taken");
			}
		});
		return byId;
	}

	/** The attribute's value, or an {@link InvalidContributionException} that names it. */
	public static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new InvalidContributionException("missing required attribute '" + attribute + "'");
		}
		return value;
	}

	public void logBadContribution(IConfigurationElement element, String problem) {
		ILog.of(RegistryReader.class).log(new Status(IStatus.ERROR, RegistryReader.class,
				"Ignoring a contribution to " + pointId + " from " + element.getContributor().getName() + ": " + problem));
	}
}
