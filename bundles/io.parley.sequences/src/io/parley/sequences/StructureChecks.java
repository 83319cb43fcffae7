package io.parley.sequences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.parley.model.rules.Rule;

/** Sequences whose branches lead nowhere: missing steps, steps nobody reaches, loops, and waits that never end. */
final class StructureChecks {

	private StructureChecks() {
	}

	/** A step follows a step the sequence does not have. */
	static void dangling(Rule rule, SequenceContext context) {
		for (Step step : context.sequence().steps()) {
			if (!step.isFirst() && context.sequence().step(step.follows()).isEmpty()) {
				context.report(rule, "Step \"" + step.id() + "\" follows \"" + step.follows() + "\", which the sequence does not have",
						step.pointer() + "/follows/step");
			}
		}
	}

	/** A step no person can reach: a second first step, an outcome its predecessor cannot have, or a step after one of those. */
	static void unreachable(Rule rule, SequenceContext context) {
		Step first = context.graph().first().orElse(null);
		for (Step step : context.sequence().steps()) {
			if (step.isFirst() && step != first) {
				context.report(rule, "Step \"" + step.id() + "\" follows no step, but the sequence starts with \"" + first.id()
						+ "\": say which step and outcome it follows", step.pointer() + "/follows");
				continue;
			}
			context.sequence().step(step.follows()).filter(previous -> !previous.touch().outcomes().contains(step.outcome()))
					.ifPresent(previous -> context.report(rule, "Step \"" + step.id() + "\" waits for \"" + step.outcome().label() + "\", which a "
							+ previous.touch().label() + " never has; it can be " + labels(previous.touch().outcomes()),
							step.pointer() + "/follows/outcome"));
			boolean cutOff = !step.isFirst() && context.sequence().step(step.follows()).isPresent() && !context.graph().isReachable(step)
					&& context.graph().loopThrough(step).isEmpty();
			if (cutOff) {
				context.report(rule, "Step \"" + step.id() + "\" comes after \"" + step.follows() + "\", which nobody reaches",
						step.pointer() + "/follows/step");
			}
		}
	}

	/** Steps that follow each other round in a loop: nobody enters it and it never ends. */
	static void cycle(Rule rule, SequenceContext context) {
		for (Step step : context.sequence().steps()) {
			List<Step> loop = context.graph().loopThrough(step);
			// One finding per loop, on the step whose name comes first.
			if (!loop.isEmpty() && loop.stream().map(Step::id).min(Comparator.naturalOrder()).orElseThrow().equals(step.id())) {
				List<String> names = new ArrayList<>(loop.reversed().stream().map(s -> "\"" + s.id() + "\"").toList());
				names.add(names.get(0));
				context.report(rule, "Steps " + String.join(" → ", names) + " follow each other in a loop that nobody enters and nobody leaves",
						step.pointer() + "/follows");
			}
		}
	}

	/** A negative outcome without its days: nobody is ever known not to have accepted or replied, so the branch waits forever. */
	static void deadEnd(Rule rule, SequenceContext context) {
		for (Step step : context.sequence().steps()) {
			if (step.outcome() != null && step.outcome().needsDays() && step.afterDays() <= 0) {
				context.report(rule, "Step \"" + step.id() + "\" waits for \"" + step.outcome().label()
						+ "\" without saying after how many days, so its people wait forever; add \"afterDays\"", step.pointer() + "/follows/afterDays");
			}
		}
	}

	private static String labels(List<Outcome> outcomes) {
		return String.join(" or ", outcomes.stream().map(o -> "\"" + o.label() + "\"").toList());
	}
}
