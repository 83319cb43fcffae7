package io.parley.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The groups of packages that depend on each other in a circle (Tarjan's strongly connected
 * components of the package graph): a group can only be understood, tested and changed together.
 */
final class PackageCycles {

	private final Map<String, Set<String>> uses;
	private final Map<String, Integer> index = new HashMap<>();
	private final Map<String, Integer> lowest = new HashMap<>();
	private final Deque<String> path = new ArrayDeque<>();
	private final List<Set<String>> cycles = new ArrayList<>();

	private PackageCycles(Map<String, Set<String>> uses) {
		this.uses = uses;
	}

	/** @param uses for each package, the packages it uses */
	static List<Set<String>> of(Map<String, Set<String>> uses) {
		PackageCycles finder = new PackageCycles(uses);
		new TreeSet<>(uses.keySet()).forEach(pkg -> {
			if (!finder.index.containsKey(pkg)) {
				finder.visit(pkg);
			}
		});
		return finder.cycles;
	}

	private void visit(String pkg) {
		index.put(pkg, index.size());
		lowest.put(pkg, index.get(pkg));
		path.push(pkg);
		for (String used : uses.getOrDefault(pkg, Set.of())) {
			if (!index.containsKey(used)) {
				visit(used);
				lowest.put(pkg, Math.min(lowest.get(pkg), lowest.get(used)));
			} else if (path.contains(used)) {
				lowest.put(pkg, Math.min(lowest.get(pkg), index.get(used)));
			}
		}
		if (lowest.get(pkg).equals(index.get(pkg))) {
			Set<String> group = new TreeSet<>();
			String member;
			do {
				member = path.pop();
				group.add(member);
			} while (!member.equals(pkg));
			if (group.size() > 1) {
				cycles.add(group);
			}
		}
	}
}
