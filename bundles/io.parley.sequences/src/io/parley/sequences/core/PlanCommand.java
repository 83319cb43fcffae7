package io.parley.sequences.core;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.parley.core.commands.Command;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceDocument;
import io.parley.sequences.SequenceValidator;
import io.parley.sequences.plan.Person;
import io.parley.sequences.plan.PlanReport;
import io.parley.sequences.plan.Planner;
import io.parley.sequences.plan.SequencePlan;

/** {@code parley plan SEQUENCE [--prospects FILE | --size N] [--start YYYY-MM-DD] [--format json]}. */
public final class PlanCommand implements Command {

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) {
		PlanOptions options;
		try {
			options = PlanOptions.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("parley plan: " + e.getMessage());
			err.println(PlanOptions.USAGE);
			return 2;
		}
		if (options.help()) {
			out.println(PlanOptions.USAGE);
			return 0;
		}
		RuleSet ruleSet = ActiveRuleSet.forFile(options.sequence());
		Sequence sequence;
		List<Person> people;
		try {
			sequence = SequenceDocument.read(options.sequence());
			people = people(options, sequence);
		} catch (IOException | RuntimeException e) {
			err.println("parley plan: cannot read " + (e instanceof IOException ? "" : options.sequence() + ": ") + e.getMessage());
			return 2;
		}
		SequencePlan plan = new Planner(ruleSet).plan(sequence, people,
				options.start() != null ? options.start() : SequenceDocument.start(sequence, LocalDate.now()));
		out.print(options.json() ? PlanReport.json(sequence, plan, ruleSet).toPrettyString() + System.lineSeparator()
				: PlanReport.text(sequence, plan, ruleSet));
		List<Diagnostic> errors = new SequenceValidator(ruleSet).validate(options.sequence()).stream().filter(Diagnostic::isError).toList();
		errors.forEach(e -> err.println(options.sequence() + ": error: " + e.message() + " [" + e.ruleId() + "]"));
		return errors.isEmpty() ? 0 : 1;
	}

	private static List<Person> people(PlanOptions options, Sequence sequence) throws IOException {
		if (options.prospects() != null) {
			return Planner.listed(options.prospects());
		}
		if (options.size() > 0) {
			return Planner.numbered(options.size());
		}
		Optional<List<Person>> named = SequenceDocument.people(sequence, options.sequence().toAbsolutePath().getParent());
		return named.orElseThrow(() -> new IOException("the sequence names no prospect list or size: give --prospects FILE or --size N"));
	}
}
