package io.parley.scripting;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;

/** The modules plugins contribute to {@code io.parley.scripting.modules}, read once; each is created on its first require. */
public final class ScriptModules {

	public static final String POINT_ID = "io.parley.scripting.modules";

	private static ScriptModules instance;

	private final Map<String, LazyExtension<Object>> modules;

	private ScriptModules(Map<String, LazyExtension<Object>> modules) {
		this.modules = modules;
	}

	public static synchronized ScriptModules getDefault() {
		if (instance == null) {
			instance = new ScriptModules(new RegistryReader(POINT_ID).readUnique("module",
					element -> new Named(RegistryReader.required(element, "name"), new LazyExtension<>(element, "class", Object.class)),
					Named::name).values().stream().collect(Collectors.toUnmodifiableMap(Named::name, Named::module)));
		}
		return instance;
	}

	/** The module object a script gets for {@code require(name)}. */
	public Optional<Object> byName(String name) {
		LazyExtension<Object> module = modules.get(name);
		return module == null ? Optional.empty() : Optional.of(module.get());
	}

	private record Named(String name, LazyExtension<Object> module) {
	}
}
