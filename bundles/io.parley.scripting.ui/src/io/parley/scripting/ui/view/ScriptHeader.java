package io.parley.scripting.ui.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The name and description a script gives itself in its leading comment: the first line is the
 * name, the following lines up to the first blank line are the description.
 *
 * <pre>
 * // Webinar invitations
 * // 3 segments x 2 subject lines, with budgets and exports.
 * </pre>
 */
public record ScriptHeader(String name, String description) {

	public static ScriptHeader parse(String source, String fallbackName) {
		List<String> lines = leadingCommentLines(source);
		if (lines.isEmpty()) {
			return new ScriptHeader(fallbackName, "");
		}
		List<String> description = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isEmpty()) {
				break;
			}
			description.add(line);
		}
		return new ScriptHeader(lines.get(0), String.join(" ", description));
	}

	private static List<String> leadingCommentLines(String source) {
		List<String> lines = new ArrayList<>();
		boolean inBlock = false;
		for (String raw : source.strip().split("\\R")) {
			String line = raw.strip();
			if (!inBlock && line.startsWith("//")) {
				lines.add(line.substring(2).strip());
			} else if (!inBlock && line.startsWith("/*")) {
				inBlock = !line.endsWith("*/") || line.length() < 4;
				addBlockLine(lines, line.substring(line.startsWith("/**") ? 3 : 2));
			} else if (inBlock) {
				inBlock = !line.endsWith("*/");
				addBlockLine(lines, line);
			} else {
				break;
			}
		}
		while (!lines.isEmpty() && lines.get(0).isEmpty()) {
			lines.remove(0);
		}
		return lines;
	}

	private static void addBlockLine(List<String> lines, String line) {
		String text = line.endsWith("*/") ? line.substring(0, line.length() - 2) : line;
		text = text.strip();
		lines.add(text.startsWith("*") ? text.substring(1).strip() : text);
	}
}
