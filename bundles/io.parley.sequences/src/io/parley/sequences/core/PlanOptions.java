package io.parley.sequences.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The options of {@code parley plan}, checked for completeness. */
record PlanOptions(Path sequence, Path prospects, long size, LocalDate start, boolean json, boolean help) {

	static final String USAGE = """
			Usage: parley plan SEQUENCE.sequence.json [--prospects FILE | --size N] [--start YYYY-MM-DD] [--format text|json]

			Plans a sequence: the people expected at each step (ranges from the rule set's acceptance and
			reply rates), the InMail credits month by month, and a day-by-day calendar within the weekly
			invitation limit, the send days and the sequence's pace. Without --prospects or --size, the
			sequence's own prospect list or size; without --start, its start or today.
			Exit status: 0 planned, 1 the sequence has errors (the plan is still printed), 2 usage error
			or a file that cannot be read.""";

	static PlanOptions parse(String[] args) {
		Path sequence = null;
		Path prospects = null;
		long size = 0;
		LocalDate start = null;
		boolean json = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "-h", "--help" -> {
					return new PlanOptions(null, null, 0, null, false, true);
				}
				case "--prospects" -> prospects = Path.of(value(args, ++i, "--prospects"));
				case "--size" -> size = size(value(args, ++i, "--size"));
				case "--start" -> start = date(value(args, ++i, "--start"));
				case "--format" -> json = format(value(args, ++i, "--format"));
				default -> {
					if (args[i].startsWith("-")) {
						throw new IllegalArgumentException("unknown option " + args[i]);
					}
					if (sequence != null) {
						throw new IllegalArgumentException("one sequence at a time (got " + sequence + " and " + args[i] + ")");
					}
					sequence = Path.of(args[i]);
				}
			}
		}
		if (sequence == null) {
			throw new IllegalArgumentException("name the sequence to plan");
		}
		if (prospects != null && size > 0) {
			throw new IllegalArgumentException("--prospects or --size, not both");
		}
		return new PlanOptions(sequence, prospects, size, start, json, false);
	}

	private static long size(String value) {
		try {
			long size = Long.parseLong(value);
			if (size < 1) {
				throw new IllegalArgumentException("--size is a number of people from 1, not " + value);
			}
			return size;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--size is a number of people, not " + value, e);
		}
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("--start is a date such as 2026-12-08, not " + value, e);
		}
	}

	private static boolean format(String value) {
		if (!value.equals("text") && !value.equals("json")) {
			throw new IllegalArgumentException("--format is text or json, not " + value);
		}
		return value.equals("json");
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}
}
