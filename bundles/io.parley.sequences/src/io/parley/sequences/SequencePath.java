package io.parley.sequences;

import java.util.List;
import java.util.Locale;

/**
 * One way through a sequence: the steps a person gets from the first step to one that nothing
 * follows, each after the outcome of the one before ("accepted, then replied").
 */
public record SequencePath(List<Step> steps) {

	public SequencePath {
		steps = List.copyOf(steps);
	}

	/** The last step of the path. */
	public Step end() {
		return steps.get(steps.size() - 1);
	}

	public boolean contains(Step step) {
		return steps.stream().anyMatch(s -> s.id().equals(step.id()));
	}

	/**
	 * The outcomes that lead along the path, as a person says them: "Accepted, then replied", "Not
	 * accepted after 14 days"; "Everyone" for a sequence of one step.
	 */
	public String label() {
		StringBuilder label = new StringBuilder();
		for (Step step : steps.subList(1, steps.size())) {
			label.append(label.isEmpty() ? "" : ", then ").append(step.condition().substring("if ".length()));
		}
		return label.isEmpty() ? "Everyone" : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
	}

	/** The steps' names in order: "invite, thank, call". */
	public String stepNames() {
		return String.join(", ", steps.stream().map(Step::id).toList());
	}
}
