package io.parley.scripting;

import java.util.LinkedHashMap;
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
	private final Map<String, String> functions;

	private ScriptModules(Map<String, LazyExtension<Object>> modules, Map<String, String> functions) {
		this.modules = modules;
		this.functions = functions;
	}

	public static synchronized ScriptModules getDefault() {
		if (instance == null) {
			RegistryReader reader = new RegistryReader(POINT_ID);
			instance = new ScriptModules(reader.readUnique("module",
					element -> new Named(RegistryReader.required(element, "name"), new LazyExtension<>(element, "class", Object.class)),
					Named::name).values().stream().collect(Collectors.toUnmodifiableMap(Named::name, Named::module)), functions(reader));
		}
		return instance;
	}

	/** Each function a module adds to the {@code parley} object, with the module's name; the first module to claim a name keeps it. */
	private static Map<String, String> functions(RegistryReader reader) {
		Map<String, String> byName = new LinkedHashMap<>();
		reader.read("module", element -> {
			String module = RegistryReader.required(element, "name");
			for (String function : Optional.ofNullable(element.getAttribute("functions")).orElse("").split(",")) {
				if (!function.isBlank() && byName.putIfAbsent(function.strip(), module) != null) {
					reader.logBadContribution(element, "the function parley." + function.strip() + " is already taken");
				}
			}
		});
		return Map.copyOf(byName);
	}

	/** The functions plugins' modules add to the {@code parley} object: {"plan": "sequences"}. */
	public Map<String, String> functions() {
		return functions;
	}

	/** The module object a script gets for {@code require(name)}. */
	public Optional<Object> byName(String name) {
		LazyExtension<Object> module = modules.get(name);
		return module == null ? Optional.empty() : Optional.of(module.get());
	}

	private record Named(String name, LazyExtension<Object> module) {
	}
}
