package io.parley.core.headless;

import java.nio.file.Path;

/** The options of {@code parley export}, checked for completeness. */
record ExportOptions(Path campaign, String exporterId, Path outputFolder, boolean force, boolean help) {

	static ExportOptions parse(String[] args) {
		Path campaign = null;
		String exporter = null;
		Path out = null;
		boolean force = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "-h", "--help" -> {
					return new ExportOptions(null, null, null, false, true);
				}
				case "--force" -> force = true;
				case "--to" -> exporter = value(args, ++i, "--to");
				case "--out" -> out = Path.of(value(args, ++i, "--out"));
				default -> {
					if (args[i].startsWith("-")) {
						throw new IllegalArgumentException("unknown option " + args[i]);
					}
					if (campaign != null) {
						throw new IllegalArgumentException("one campaign at a time (got " + campaign + " and " + args[i] + ")");
					}
					campaign = Path.of(args[i]);
				}
			}
		}
		if (campaign == null || exporter == null || out == null) {
			throw new IllegalArgumentException("a campaign file, --to and --out are required");
		}
		return new ExportOptions(campaign, exporter, out, force, false);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}
}
