package io.parley.model.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.files.DocumentKind;
import io.parley.model.files.internal.StagedBatch;
import io.parley.model.json.Json;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * {@code parley validate PATH... [--format text|json] [--rule-set ID]}: checks files, and folders
 * recursively. Exit status 0 when no document has an error, 1 when one has, 2 on a usage error or a
 * path that cannot be read.
 */
public final class ValidateCommand {

	public static final int CLEAN = 0;
	public static final int ERRORS = 1;
	public static final int USAGE = 2;

	/** One finding with the file it is in. */
	private record Finding(Path file, Diagnostic diagnostic) {
	}

	private ValidateCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, ValidatedKinds.MODEL, out, err);
	}

	/** @param kinds the kinds of document to find in folders and check, e.g. every contributed kind */
	public static int run(String[] args, ValidatedKinds kinds, PrintStream out, PrintStream err) {
		ValidateOptions options;
		try {
			options = ValidateOptions.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("parley validate: " + e.getMessage());
			err.println(ValidateOptions.USAGE);
			return USAGE;
		}
		if (options.help()) {
			out.println(ValidateOptions.USAGE);
			return CLEAN;
		}
		Optional<RuleSet> ruleSet = kinds.catalog().ruleSet(options.ruleSet());
		if (ruleSet.isEmpty()) {
			err.println("parley validate: no rule set '" + options.ruleSet() + "'; available: "
					+ String.join(", ", kinds.catalog().ruleSets().stream().map(RuleSet::id).toList()));
			return USAGE;
		}
		return validate(options, kinds, ruleSet.get(), out, err);
	}

	private static int validate(ValidateOptions options, ValidatedKinds kinds, RuleSet ruleSet, PrintStream out, PrintStream err) {
		List<Finding> findings = new ArrayList<>();
		int files = 0;
		boolean unreadable = false;
		for (Path path : options.paths()) {
			try {
				for (Path file : documents(path, kinds)) {
					if (!Files.isReadable(file)) {
						err.println("parley validate: cannot read " + file);
						unreadable = true;
						continue;
					}
					files++;
					List<Diagnostic> found = kinds.validate(file, ruleSet, err::println);
					unreadable |= found.stream().anyMatch(FileValidator::saysNotADocument);
					found.forEach(d -> findings.add(new Finding(file, d)));
				}
			} catch (IOException e) {
				err.println("parley validate: cannot read " + path + ": " + e.getMessage());
				unreadable = true;
			}
		}
		print(options.json(), findings, out);
		long errors = findings.stream().filter(f -> f.diagnostic().isError()).count();
		err.println(files + (files == 1 ? " document" : " documents") + " checked: " + errors
				+ (errors == 1 ? " error, " : " errors, ") + (findings.size() - errors) + " other findings");
		return unreadable ? USAGE : errors > 0 ? ERRORS : CLEAN;
	}

	private static List<Path> documents(Path path, ValidatedKinds kinds) throws IOException {
		if (!Files.exists(path)) {
			throw new IOException("no such file or folder");
		}
		if (!Files.isDirectory(path)) {
			if (!kinds.isDocument(path.getFileName().toString())) {
				throw new IOException("not a Parley document (NAME.KIND.json, NAME" + DocumentKind.PROSPECT_CSV.suffix()
						+ " or NAME" + DocumentKind.PROSPECT_WORKBOOK.suffix() + ")");
			}
			return List.of(path);
		}
		try (Stream<Path> walk = Files.walk(path)) {
			return walk.filter(Files::isRegularFile).filter(f -> !inStagingFolder(path.relativize(f)))
					.filter(f -> kinds.isDocument(f.getFileName().toString())).sorted().toList();
		}
	}

	/** What a script run or an export is still writing, or what a killed one left, is not the workspace's. */
	private static boolean inStagingFolder(Path relative) {
		for (Path name : relative) {
			if (StagedBatch.isStaging(name.toString())) {
				return true;
			}
		}
		return false;
	}

	private static void print(boolean json, List<Finding> findings, PrintStream out) {
		if (!json) {
			findings.forEach(f -> out.println(f.file() + ": " + f.diagnostic().severity().name().toLowerCase(Locale.ROOT)
					+ ": " + f.diagnostic().message() + " [" + f.diagnostic().ruleId() + "]"));
			return;
		}
		ObjectMapper mapper = Json.mapper();
		ArrayNode array = mapper.createArrayNode();
		for (Finding finding : findings) {
			ObjectNode item = array.addObject();
			item.put("file", finding.file().toString());
			item.put("path", finding.diagnostic().path());
			item.put("line", finding.diagnostic().line());
			item.put("column", finding.diagnostic().column());
			item.put("severity", finding.diagnostic().severity().name().toLowerCase(Locale.ROOT));
			item.put("rule", finding.diagnostic().ruleId());
			item.put("message", finding.diagnostic().message());
		}
		out.println(array.toPrettyString());
	}
}
