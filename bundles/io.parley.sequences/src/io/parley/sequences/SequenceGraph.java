package io.parley.sequences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps as branches: the first step, which steps follow which, and the path that leads to each
 * step. A step whose predecessor is missing, or that sits in a loop, has no path.
 */
public final class SequenceGraph {

	private final Sequence sequence;
	private final Map<String, List<Step>> next = new LinkedHashMap<>();
	private final Map<String, List<Step>> paths = new LinkedHashMap<>();

	public SequenceGraph(Sequence sequence) {
		this.sequence = sequence;
		for (Step step : sequence.steps()) {
			if (!step.isFirst()) {
				next.computeIfAbsent(step.follows(), k -> new ArrayList<>()).add(step);
			}
		}
		first().ifPresent(first -> walk(first, new ArrayList<>()));
	}

	private void walk(Step step, List<Step> before) {
		List<Step> path = new ArrayList<>(before);
		path.add(step);
		paths.put(step.id(), List.copyOf(path));
		for (Step following : next(step)) {
			if (!paths.containsKey(following.id())) {
				walk(following, path);
			}
		}
	}

	/** The step everyone starts with: the first in the file that follows no other. */
	public Optional<Step> first() {
		return sequence.steps().stream().filter(Step::isFirst).findFirst();
	}

	public List<Step> next(Step step) {
		return next.getOrDefault(step.id(), List.of());
	}

	/** The steps from the first to {@code step}, both included; empty when no path leads there. */
	public List<Step> pathTo(Step step) {
		return paths.getOrDefault(step.id(), List.of());
	}

	public boolean isReachable(Step step) {
		return paths.containsKey(step.id());
	}

	/** Steps in the order people reach them: each after the step it follows. */
	public List<Step> inOrder() {
		List<Step> ordered = new ArrayList<>();
		for (String id : paths.keySet()) {
			sequence.step(id).ifPresent(ordered::add);
		}
		return ordered;
	}

	/**
	 * Every way through the sequence, from the first step to each step that nothing follows, the
	 * first branch of each step first: the first path is the sequence's main path.
	 */
	public List<SequencePath> paths() {
		List<SequencePath> found = new ArrayList<>();
		for (Step step : inOrder()) {
			if (next(step).isEmpty()) {
				found.add(new SequencePath(pathTo(step)));
			}
		}
		return found;
	}

	/** The steps of a loop of "follows" that {@code step} belongs to, in order; empty when it is in none. */
	public List<Step> loopThrough(Step step) {
		List<Step> loop = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Step current = step;
		while (current != null && !current.isFirst() && seen.add(current.id())) {
			loop.add(current);
			current = sequence.step(current.follows()).orElse(null);
		}
		return current != null && current.id().equals(step.id()) ? loop : List.of();
	}

	/** Days from the first step to {@code step} along its path, for a person who takes that path. */
	public int dayOf(Step step) {
		int days = 0;
		for (Step on : pathTo(step)) {
			days += on.isFirst() ? on.waitDays() : on.daysAfterPrevious();
		}
		return days;
	}
}
