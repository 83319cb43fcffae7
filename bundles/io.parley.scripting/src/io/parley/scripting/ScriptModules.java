package io.parley.scripting;

import java.util.Map;
import java.util.Optional;

import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;

/** The modules plugins contribute to {@code io.parley.scripting.modules}, created on first require. */
public final class ScriptModules {

	public static final String POINT_ID = "io.parley.scripting.modules";

	private static Map<String, LazyExtension<Object>> modules;

	private ScriptModules() {
	}

	private static synchronized Map<String, LazyExtension<Object>> modules() {
		if (modules == null) {
			modules = Map.copyOf(new RegistryReader(POINT_ID).readUnique("module",
					element -> new Named(RegistryReader.required(element, "name"),
							new LazyExtension<>(element, "class", Object.class)), Named::name)
					.values().stream().collect(java.util.stream.Collectors.toMap(Named::name, Named::module)));
		}
		return modules;
	}

	/** The module object a script gets for {@code require(name)}. */
	public static Optional<Object> byName(String name) {
		LazyExtension<Object> module = modules().get(name);
		return module == null ? Optional.empty() : Optional.of(module.get());
	}

	private record Named(String name, LazyExtension<Object> module) {
	}
}
