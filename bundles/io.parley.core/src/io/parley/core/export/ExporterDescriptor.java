package io.parley.core.export;

import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;

/** One contributed exporter; its class is created when the first export runs. */
public final class ExporterDescriptor {

	private final String id;
	private final String name;
	private final String description;
	private final LazyExtension<CampaignExporter> exporter;

	ExporterDescriptor(IConfigurationElement element) {
		id = RegistryReader.required(element, "id");
		name = RegistryReader.required(element, "name");
		RegistryReader.required(element, "class");
		description = Optional.ofNullable(element.getAttribute("description")).orElse("");
		exporter = new LazyExtension<>(element, "class", CampaignExporter.class);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public CampaignExporter exporter() {
		return exporter.get();
	}
}
