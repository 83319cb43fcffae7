package io.parley.core.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import io.parley.core.kinds.DocumentKindRegistry;

/**
 * Which documents of a project read which other files, as their kinds' validators declare it
 * ({@code DocumentValidator.references}): the documents to check again when a file changes. Kept per
 * project while the studio runs, noted at each check and read from the whole project on first need.
 */
final class DocumentReferences {

	private static final Map<IProject, Map<IFile, Set<IFile>>> READS = new ConcurrentHashMap<>();

	private DocumentReferences() {
	}

	/** Notes what {@code document} reads now, as its kind says. */
	static void note(IFile document) {
		Map<IFile, Set<IFile>> reads = READS.get(document.getProject());
		if (reads != null) {
			remember(reads, document);
		}
	}

	static void removed(IFile document) {
		Map<IFile, Set<IFile>> reads = READS.get(document.getProject());
		if (reads != null) {
			reads.remove(document);
		}
	}

	/** The documents that read one of {@code changed}, and those that read them, and so on; {@code changed} left out. */
	static Set<IFile> dependentsOf(IProject project, Collection<IFile> changed) throws CoreException {
		Map<IFile, Set<IFile>> reads = readsOf(project);
		Set<IFile> dependents = new LinkedHashSet<>();
		Set<IFile> seen = new HashSet<>(changed);
		Deque<IFile> waiting = new ArrayDeque<>(changed);
		while (!waiting.isEmpty()) {
			IFile file = waiting.pop();
			reads.forEach((document, referenced) -> {
				if (referenced.contains(file) && seen.add(document)) {
					dependents.add(document);
					waiting.push(document);
				}
			});
		}
		return dependents;
	}

	static void forget(IProject project) {
		READS.remove(project);
	}

	private static Map<IFile, Set<IFile>> readsOf(IProject project) throws CoreException {
		Map<IFile, Set<IFile>> known = READS.get(project);
		if (known != null) {
			return known;
		}
		Map<IFile, Set<IFile>> reads = new ConcurrentHashMap<>();
		project.accept(resource -> {
			if (resource instanceof IFile file) {
				remember(reads, file);
			}
			return !StagingFolders.isStaging(resource);
		});
		READS.put(project, reads);
		return reads;
	}

	private static void remember(Map<IFile, Set<IFile>> reads, IFile document) {
		Set<IFile> referenced = referencesOf(document);
		if (referenced.isEmpty()) {
			reads.remove(document);
		} else {
			reads.put(document, referenced);
		}
	}

	private static Set<IFile> referencesOf(IFile document) {
		IPath location = document.getLocation();
		if (location == null) {
			return Set.of();
		}
		List<Path> referenced = DocumentKindRegistry.getDefault().forFileName(document.getName())
				.map(kind -> kind.references(location.toPath())).orElse(List.of());
		Set<IFile> files = new HashSet<>();
		for (Path path : referenced) {
			IFile file = document.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path.toAbsolutePath().normalize()));
			if (file != null) {
				files.add(file);
			}
		}
		return files;
	}
}
