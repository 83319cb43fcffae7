package io.parley.core.kinds;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;
import io.parley.model.files.DocumentKind;

/**
 * One kind of document, as a plugin declared it (the built-in kinds are core's own contributions);
 * its validator is created on first use.
 */
public final class DocumentKindDescriptor {

	private final DocumentKind kind;
	private final String name;
	private final String groupName;
	private final String contentTypeId;
	private final int order;
	private final String contributor;
	private final String initialContent;
	private final String icon;
	private final String schema;
	private final boolean rechecksProject;
	private final LazyExtension<DocumentValidator> validator;

	DocumentKindDescriptor(IConfigurationElement element) {
		String id = RegistryReader.required(element, "id");
		name = RegistryReader.required(element, "name");
		kind = new DocumentKind(id, RegistryReader.required(element, "suffix"));
		groupName = Optional.ofNullable(element.getAttribute("groupName")).orElse(name);
		contentTypeId = element.getAttribute("contentType");
		order = parseOrder(element.getAttribute("order"));
		contributor = element.getContributor().getName();
		initialContent = element.getAttribute("initialContent");
		icon = element.getAttribute("icon");
		schema = element.getAttribute("schema");
		rechecksProject = "project".equals(element.getAttribute("recheck"));
		validator = new LazyExtension<>(element, "validator", DocumentValidator.class);
	}

	private static int parseOrder(String value) {
		try {
			return value == null ? 100 : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return 100;
		}
	}

	public String id() {
		return kind.id();
	}

	/** The kind as a value, the same type the model's own kinds are. */
	public DocumentKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String groupName() {
		return groupName;
	}

	public String suffix() {
		return kind.suffix();
	}

	/** The {@code schema} value a current JSON document of the kind carries ("parley.sequence/1"), when the kind names one. */
	public Optional<String> schema() {
		return Optional.ofNullable(schema);
	}

	public Optional<String> contentTypeId() {
		return Optional.ofNullable(contentTypeId);
	}

	public int order() {
		return order;
	}

	public boolean matches(String fileName) {
		return kind.names(fileName);
	}

	/** The file name without this kind's suffix: "webinar" for "webinar.template.json". */
	public String documentName(String fileName) {
		return matches(fileName) ? fileName.substring(0, fileName.length() - suffix().length()) : fileName;
	}

	/**
	 * Whether a change to a file of this kind may change what is found in any document of its project
	 * ({@code recheck="project"}: a prospect list's longest values reach every template's worst case), so
	 * the whole project is checked again; otherwise only the documents that name the file are.
	 */
	public boolean rechecksProject() {
		return rechecksProject;
	}

	/** The files beside {@code file} that its checks read, as the kind's validator says; none without a validator. */
	public List<Path> references(Path file) {
		return validator.isDeclared() ? validator.get().references(file) : List.of();
	}

	public boolean isValidated() {
		return validator.isDeclared();
	}

	public List<io.parley.model.validation.Diagnostic> validate(Path file) {
		return validator.isDeclared() ? validator.get().validate(file) : List.of();
	}

	/** Checks {@code file} against a rule set chosen for this check, not the preferences' one. */
	public List<io.parley.model.validation.Diagnostic> validate(Path file, io.parley.model.rules.RuleSet ruleSet) {
		return validator.isDeclared() ? validator.get().validate(file, ruleSet) : List.of();
	}

	/** Checks the unsaved {@code content} of {@code file}, as an editor holds it. */
	public List<io.parley.model.validation.Diagnostic> validate(Path file, String content) {
		return validator.isDeclared() ? validator.get().validate(file, content) : List.of();
	}

	/** The starting content of a new document of this kind, from the contributing bundle. */
	public Optional<URL> initialContent() {
		return resource(initialContent);
	}

	public Optional<URL> icon() {
		return resource(icon);
	}

	private Optional<URL> resource(String path) {
		Bundle bundle = Platform.getBundle(contributor);
		return path == null || bundle == null ? Optional.empty() : Optional.ofNullable(bundle.getEntry(path));
	}
}
