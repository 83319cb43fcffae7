package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentKind;
import io.parley.model.json.Json;
import io.parley.model.json.JsonSyntax;
import io.parley.model.files.JsonLocations;
import io.parley.model.files.TextFiles;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;

/**
 * Checks one Parley file on disk the way the studio, the command line and scripts all do: it must
 * parse, declare the schema of its kind, and follow every rule of the rule set for its format, with
 * lengths checked against the worst case of its prospect list. Never throws for bad input.
 */
public final class FileValidator {

	/** The file's bytes are not UTF-8 text, or it cannot be read at all. */
	public static final String UNREADABLE = "file.unreadable";
	/** The file is JSON but not a JSON object: empty, an array, a number. */
	public static final String NOT_A_DOCUMENT = "file.notDocument";

	private static final ObjectMapper JSON = Json.mapper();

	private final RuleCatalog catalog;
	private final RuleSet ruleSet;

	/** Checks with the model's own rules and checks: the default set of {@link RuleCatalog#builtIn()}. */
	public FileValidator() {
		this(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet());
	}

	/**
	 * @param catalog the checks the rules name and the sets a workspace's {@code parley.rules.json} may pick
	 * @param ruleSet the set to check with, unless the workspace picks another
	 */
	public FileValidator(RuleCatalog catalog, RuleSet ruleSet) {
		this.catalog = catalog;
		this.ruleSet = ruleSet;
	}

	/**
	 * The rules the checks of {@code file} follow: this validator's, or what a workspace's
	 * {@code parley.rules.json} beside the file makes of them. What acts on a checked document (an
	 * export, a plan) follows these too, so it agrees with the checks.
	 */
	public RuleSet rulesFor(Path file) {
		return WorkspaceRules.forFolder(file.toAbsolutePath().getParent(), ruleSet, catalog);
	}

	/** Whether {@code diagnostic} says the file is no Parley document at all, rather than one with problems. */
	public static boolean saysNotADocument(Diagnostic diagnostic) {
		return diagnostic.ruleId().equals(UNREADABLE) || diagnostic.ruleId().equals(NOT_A_DOCUMENT);
	}

	/** Diagnostics for the file; empty when it is not a Parley document or has no problem. */
	public List<Diagnostic> validate(Path file) {
		return validate(file, reading -> {
		});
	}

	/**
	 * Diagnostics for the file, as {@link #validate(Path)}; of a prospect list, how many people were
	 * read and how, when no diagnostic says it, is told to {@code reading}.
	 */
	public List<Diagnostic> validate(Path file, Consumer<String> reading) {
		Optional<DocumentKind> kind = DocumentKind.ofFileName(file.getFileName().toString());
		if (kind.isEmpty()) {
			return List.of();
		}
		if (kind.get().equals(DocumentKind.PROSPECTS)) {
			return ProspectListCheck.validate(file, reading);
		}
		try {
			return validate(file, TextFiles.readUtf8(file));
		} catch (TextFiles.NotUtf8Exception e) {
			return List.of(Diagnostic.atPosition(UNREADABLE, Severity.ERROR, "This file " + e.getMessage(), e.line(), e.column()));
		} catch (IOException e) {
			return List.of(Diagnostic.atPosition(UNREADABLE, Severity.ERROR, "Cannot read the file: " + e.getMessage(), 0, 0));
		}
	}

	/**
	 * Diagnostics for {@code text} as the content of {@code file}, which need not be saved: editors
	 * check what the user sees; the folder of {@code file} gives the workspace rules and prospect list.
	 */
	public List<Diagnostic> validate(Path file, String text) {
		Optional<DocumentKind> kind = DocumentKind.ofFileName(file.getFileName().toString());
		if (kind.isEmpty() || kind.get().equals(DocumentKind.PROSPECTS)) {
			return List.of();
		}
		try {
			return located(text, validate(file, kind.get(), text));
		} catch (RuntimeException e) {
			return List.of(Diagnostic.atPosition("file.unchecked", Severity.ERROR, "Parley could not check this file: " + e, 0, 0));
		}
	}

	private List<Diagnostic> validate(Path file, DocumentKind kind, String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
		} catch (JsonProcessingException e) {
			// The position is in the message too: the command line's text lines carry no line numbers.
			JsonLocation at = e.getLocation();
			String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
			return List.of(Diagnostic.atPosition("file.syntax", Severity.ERROR, "Not valid JSON" + where + ": " + JsonSyntax.inPlainWords(e.getOriginalMessage()),
					at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
		}
		List<Diagnostic> found = new ArrayList<>();
		if (!checkSchema(kind, root, found)) {
			return found;
		}
		RuleSet rules = rulesFor(file);
		if (kind.equals(DocumentKind.TEMPLATE)) {
			templateFormat(root, found).ifPresent(format -> found.addAll(new MessageValidator(catalog, rules)
					.validate(root, format, AttachedProspects.worstCase(file, root, rules), file)));
		} else if (kind.equals(DocumentKind.FLOW)) {
			found.addAll(new MessageValidator(catalog, rules).validate(root, MessageFormat.CONVERSATION_AD,
					AttachedProspects.worstCase(file, root, rules), file));
		} else {
			found.addAll(DocumentChecks.validate(kind, root, file, rules, catalog));
		}
		return found;
	}

	private static boolean checkSchema(DocumentKind kind, JsonNode root, List<Diagnostic> found) {
		if (root == null || !root.isObject()) {
			found.add(Diagnostic.atField(NOT_A_DOCUMENT, Severity.ERROR, "This is not a Parley document: a " + kind.id()
					+ " file holds one JSON object, and this one " + (root == null || root.isMissingNode() ? "is empty"
							: "holds " + (root.isArray() ? "an array" : root.isNumber() ? "a number" : root.isTextual() ? "a string"
									: root.isNull() ? "null" : "a " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT))),
					""));
			return false;
		}
		String schema = root.path("schema").asText("");
		if (schema.isEmpty()) {
			found.add(Diagnostic.atField("file.schema", Severity.ERROR, "Expected \"schema\": \"" + kind.schema() + "\"", "/schema"));
			return false;
		}
		if (!kind.schema().equals(schema)) {
			found.add(Diagnostic.atField("file.schema", Severity.ERROR, "This file is \"" + schema + "\"; this version of Parley reads \""
					+ kind.schema() + "\" and leaves the file as it is", "/schema"));
			return false;
		}
		return true;
	}

	private static Optional<MessageFormat> templateFormat(JsonNode root, List<Diagnostic> found) {
		String name = root.path("format").asText("");
		Optional<MessageFormat> format = MessageFormat.of(name).filter(f -> f != MessageFormat.CONVERSATION_AD);
		if (format.isEmpty()) {
			found.add(Diagnostic.atField("template.format", Severity.ERROR, (name.isEmpty() ? "The template has no format"
					: "Unknown format \"" + name + "\"") + "; expected one of " + MessageFormat.templateFormats(), "/format"));
		}
		return format;
	}

	/** Gives each diagnostic the line and column of its field, so a marker and a CLI line point at the problem. */
	private static List<Diagnostic> located(String text, List<Diagnostic> diagnostics) {
		if (diagnostics.stream().allMatch(d -> d.line() > 0 || d.path().isEmpty())) {
			return diagnostics;
		}
		JsonLocations locations = JsonLocations.of(text);
		return diagnostics.stream().map(d -> d.line() > 0 ? d : new Diagnostic(d.ruleId(), d.severity(), d.message(),
				d.path(), d.start(), d.end(), locations.lineOf(d.path()), locations.columnOf(d.path()))).toList();
	}
}
