package io.parley.core.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;

/**
 * Documents open in an editor. Their problem markers show the text the editor holds, which may be
 * ahead of the file, so the validation builder leaves them to the editor until it closes.
 */
public final class EditedDocuments {

	private static final Map<IFile, Integer> OPEN = new ConcurrentHashMap<>();

	private EditedDocuments() {
	}

	public static void opened(IFile file) {
		OPEN.merge(file, 1, Integer::sum);
	}

	public static void closed(IFile file) {
		OPEN.computeIfPresent(file, (f, count) -> count == 1 ? null : count - 1);
	}

	public static boolean isOpen(IFile file) {
		return OPEN.containsKey(file);
	}
}
