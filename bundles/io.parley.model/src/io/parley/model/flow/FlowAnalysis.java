package io.parley.model.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parley.model.text.MessageText;

/**
 * What is wrong with the shape of a conversation, and every path through it. A Conversation Ad is a
 * tree: each message reached from the opening one, no button pointing at a missing message or back
 * up the tree, and every path ending in a landing page, a form or a close.
 */
public final class FlowAnalysis {

	/** A button, by the index of its message and its own index. */
	public record ButtonRef(int message, int button) {
	}

	private final ConversationFlow flow;
	/** Message index by id, the first of equal ids as {@link ConversationFlow#indexOf}: every button looks one up. */
	private final Map<String, Integer> indexById = new HashMap<>();
	private final List<ButtonRef> dangling = new ArrayList<>();
	private final List<ButtonRef> cycles = new ArrayList<>();
	private final Set<Integer> reached = new LinkedHashSet<>();
	private final List<FlowPath> paths = new ArrayList<>();
	private int depth;

	public FlowAnalysis(ConversationFlow flow) {
		this.flow = flow;
		for (int i = 0; i < flow.messages().size(); i++) {
			indexById.putIfAbsent(flow.messages().get(i).id(), i);
		}
		int start = indexOf(flow.start());
		if (start >= 0) {
			walk(start, new ArrayDeque<>(), new HashSet<>(), 0);
		}
	}

	private void walk(int index, Deque<FlowPath.Step> path, Set<Integer> onPath, int characters) {
		FlowMessage message = flow.messages().get(index);
		reached.add(index);
		onPath.add(index);
		int read = characters + MessageText.length(message.text());
		depth = Math.max(depth, onPath.size());
		for (int b = 0; b < message.buttons().size(); b++) {
			FlowButton button = message.buttons().get(b);
			path.addLast(new FlowPath.Step(message.id(), button.text()));
			follow(new ButtonRef(index, b), button, path, onPath, read);
			path.removeLast();
		}
		onPath.remove(index);
	}

	private void follow(ButtonRef ref, FlowButton button, Deque<FlowPath.Step> path, Set<Integer> onPath, int read) {
		if (button.next() == null) {
			if (button.actionCount() == 1) {
				paths.add(new FlowPath(List.copyOf(path), button.actionLabel(), read));
			}
			return;
		}
		int target = indexOf(button.next());
		if (target < 0) {
			dangling.add(ref);
		} else if (onPath.contains(target)) {
			cycles.add(ref);
		} else {
			walk(target, path, onPath, read);
		}
	}

	/** Buttons whose {@code next} names no message. */
	public List<ButtonRef> dangling() {
		return dangling;
	}

	/** Buttons that lead back to a message already on the way to them. */
	public List<ButtonRef> cycles() {
		return cycles;
	}

	public boolean startExists() {
		return indexOf(flow.start()) >= 0;
	}

	private int indexOf(String messageId) {
		return indexById.getOrDefault(messageId, -1);
	}

	/** Indexes of messages no path from the opening message reaches. */
	public List<Integer> unreachable() {
		List<Integer> unreachable = new ArrayList<>();
		for (int i = 0; i < flow.messages().size(); i++) {
			if (!reached.contains(i)) {
				unreachable.add(i);
			}
		}
		return unreachable;
	}

	/** Reached messages without buttons: the conversation stops there with no action for the recipient. */
	public List<Integer> deadEnds() {
		return reached.stream().filter(i -> flow.messages().get(i).buttons().isEmpty()).toList();
	}

	/** Every path from the opening message to a terminal action. */
	public List<FlowPath> paths() {
		return paths;
	}

	/** The most messages a recipient can read on one path. */
	public int depth() {
		return depth;
	}
}
