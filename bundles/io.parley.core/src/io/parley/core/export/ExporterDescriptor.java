package io.parley.core.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;

/** One contributed exporter; its class is created when the first export runs. */
public final class ExporterDescriptor {

	private final String id;
	private final String name;
	private final String description;
	private final List<String> kinds;
	private final LazyExtension<CampaignExporter> exporter;

	ExporterDescriptor(IConfigurationElement element) {
		id = RegistryReader.required(element, "id");
		name = RegistryReader.required(element, "name");
		RegistryReader.required(element, "class");
		description = Optional.ofNullable(element.getAttribute("description")).orElse("");
		kinds = Optional.ofNullable(element.getAttribute("kinds")).map(ExporterDescriptor::ids).orElse(List.of("campaign"));
		exporter = new LazyExtension<>(element, "class", CampaignExporter.class);
	}

	private static List<String> ids(String kinds) {
		return Arrays.stream(kinds.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
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

	/** The ids of the document kinds it writes: "campaign" unless the contribution names others. */
	public List<String> kinds() {
		return kinds;
	}

	public boolean exports(String kindId) {
		return kinds.contains(kindId);
	}

	public CampaignExporter exporter() {
		return exporter.get();
	}
}
