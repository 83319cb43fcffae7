package io.parley.model.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.parley.model.validation.RuleCatalog;

/** The options of {@code parley validate}. */
record ValidateOptions(List<Path> paths, boolean json, String ruleSet, boolean help) {

	static final String USAGE = """
			Usage: parley validate PATH... [--format text|json] [--rule-set ID]

			Checks campaign documents (files, or folders searched recursively) against LinkedIn's
			format limits and best practices. Prints one line per finding,
			  FILE: SEVERITY: MESSAGE [RULE]
			or with --format json one JSON array of {file, path, line, column, severity, rule, message}.
			Exit status: 0 no errors, 1 a document has errors, 2 usage error, unreadable input or a file
			that is no Parley document (not UTF-8 text, empty, not a JSON object).
			Rule sets: default (the seed documents), linkedin-help (LinkedIn Help's values).""";

	static ValidateOptions parse(String[] args) {
		List<Path> paths = new ArrayList<>();
		boolean json = false;
		String ruleSet = RuleCatalog.DEFAULT_SET;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "-h", "--help" -> {
					return new ValidateOptions(List.of(), false, ruleSet, true);
				}
				case "--format" -> json = "json".equals(format(args, ++i));
				case "--rule-set" -> ruleSet = value(args, ++i, "--rule-set");
				default -> {
					if (args[i].startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + args[i]);
					}
					paths.add(Path.of(args[i]));
				}
			}
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("name at least one file or folder to check");
		}
		return new ValidateOptions(List.copyOf(paths), json, ruleSet, false);
	}

	private static String format(String[] args, int index) {
		String format = value(args, index, "--format");
		if (!format.equals("text") && !format.equals("json")) {
			throw new IllegalArgumentException("--format is text or json, not " + format);
		}
		return format;
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}
}
