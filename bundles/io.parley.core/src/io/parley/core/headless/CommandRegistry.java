package io.parley.core.headless;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

import io.parley.core.commands.Command;
import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;

/** The commands contributed to {@code io.parley.core.commands}, read once. */
public final class CommandRegistry {

	public static final String POINT_ID = "io.parley.core.commands";

	/** One contributed command; its class is created when the command first runs. */
	public record Descriptor(String name, String description, LazyExtension<Command> command) {

		Descriptor(IConfigurationElement element) {
			this(RegistryReader.required(element, "name"), Optional.ofNullable(element.getAttribute("description")).orElse(""),
					new LazyExtension<>(element, "class", Command.class));
		}
	}

	private static CommandRegistry instance;

	private final Map<String, Descriptor> byName;

	private CommandRegistry(Map<String, Descriptor> byName) {
		this.byName = byName;
	}

	public static synchronized CommandRegistry getDefault() {
		if (instance == null) {
			instance = new CommandRegistry(new RegistryReader(POINT_ID).readUnique("command", Descriptor::new, Descriptor::name));
		}
		return instance;
	}

	public List<Descriptor> commands() {
		return List.copyOf(byName.values());
	}

	public Optional<Descriptor> byName(String name) {
		return Optional.ofNullable(byName.get(name));
	}
}
