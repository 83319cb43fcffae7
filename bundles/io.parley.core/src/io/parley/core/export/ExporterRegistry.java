package io.parley.core.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parley.core.extensions.RegistryReader;

/** The exporters contributed to {@code io.parley.core.exporters}, read once. */
public final class ExporterRegistry {

	public static final String POINT_ID = "io.parley.core.exporters";

	private static ExporterRegistry instance;

	private final Map<String, ExporterDescriptor> byId;

	private ExporterRegistry(Map<String, ExporterDescriptor> byId) {
		this.byId = byId;
	}

	public static synchronized ExporterRegistry getDefault() {
		if (instance == null) {
			instance = new ExporterRegistry(new RegistryReader(POINT_ID).readUnique("exporter", ExporterDescriptor::new,
					ExporterDescriptor::id));
		}
		return instance;
	}

	public List<ExporterDescriptor> exporters() {
		return List.copyOf(byId.values());
	}

	public Optional<ExporterDescriptor> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}
}
