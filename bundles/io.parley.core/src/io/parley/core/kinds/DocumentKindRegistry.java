package io.parley.core.kinds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.parley.core.extensions.RegistryReader;

/** The document kinds contributed to {@code io.parley.core.documentKinds}, read once. */
public final class DocumentKindRegistry {

	public static final String POINT_ID = "io.parley.core.documentKinds";

	private static DocumentKindRegistry instance;

	private final List<DocumentKindDescriptor> kinds;

	DocumentKindRegistry(List<DocumentKindDescriptor> kinds) {
		this.kinds = kinds.stream().sorted(Comparator.comparingInt(DocumentKindDescriptor::order)).toList();
	}

	public static synchronized DocumentKindRegistry getDefault() {
		if (instance == null) {
			instance = new DocumentKindRegistry(readContributions());
		}
		return instance;
	}

	private static List<DocumentKindDescriptor> readContributions() {
		return new ArrayList<>(new RegistryReader(POINT_ID)
				.readUnique("kind", DocumentKindDescriptor::new, DocumentKindDescriptor::id).values());
	}

	/** All kinds, in explorer order. */
	public List<DocumentKindDescriptor> kinds() {
		return kinds;
	}

	public Optional<DocumentKindDescriptor> byId(String id) {
		return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
	}

	/** The kind whose suffix is the longest match, so ".flow.json" wins over a plain ".json". */
	public Optional<DocumentKindDescriptor> forFileName(String fileName) {
		return kinds.stream().filter(k -> k.matches(fileName))
				.max(Comparator.comparingInt(k -> k.suffix().length()));
	}
}
