package io.parley.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.parley.model.files.JsonLocations;
import io.parley.model.validation.Diagnostic;

/** Parley's problem markers: one per diagnostic, located at the field's line in the file. */
public final class ProblemMarkers {

	public static final String TYPE = "io.parley.core.problem";
	public static final String RULE_ID = "ruleId";
	public static final String JSON_PATH = "jsonPath";
	public static final String FIELD_START = "fieldStart";
	public static final String FIELD_END = "fieldEnd";
	/** The family of jobs that write markers, which the workspace waits for before it is saved at exit. */
	public static final Object JOB_FAMILY = ProblemMarkers.class;

	private ProblemMarkers() {
	}

	public static void clear(IResource resource) throws CoreException {
		resource.deleteMarkers(TYPE, true, IResource.DEPTH_INFINITE);
	}

	/**
	 * Replaces the file's Parley markers with ones for {@code diagnostics}. A marker that is still
	 * true is kept as it is, so a problem a person is opening (the editor's first check runs as it
	 * opens) still exists when the editor goes to it, and the Problems view does not flicker.
	 */
	public static void replace(IFile file, List<Diagnostic> diagnostics) throws CoreException {
		JsonLocations locator = diagnostics.isEmpty() ? null : locatorFor(file);
		List<Map<String, Object>> wanted = new ArrayList<>(diagnostics.stream().map(d -> attributes(d, locator)).toList());
		for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
			if (!wanted.remove(marker.getAttributes())) {
				marker.delete();
			}
		}
		for (Map<String, Object> attributes : wanted) {
			file.createMarker(TYPE, attributes);
		}
	}

	private static JsonLocations locatorFor(IFile file) {
		try {
			return JsonLocations.of(Files.readString(file.getLocation().toPath()));
		} catch (IOException | RuntimeException e) {
			return JsonLocations.of("");
		}
	}

	private static Map<String, Object> attributes(Diagnostic diagnostic, JsonLocations locator) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, diagnostic.message());
		attributes.put(IMarker.SEVERITY, switch (diagnostic.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
		});
		attributes.put(RULE_ID, diagnostic.ruleId());
		attributes.put(JSON_PATH, diagnostic.path());
		attributes.put(IMarker.LOCATION, FieldLocation.of(diagnostic.path()));
		attributes.put(FIELD_START, diagnostic.start());
		attributes.put(FIELD_END, diagnostic.end());
		int line = diagnostic.line() > 0 ? diagnostic.line() : locator.lineOf(diagnostic.path());
		if (line > 0) {
			attributes.put(IMarker.LINE_NUMBER, line);
		}
		return attributes;
	}
}
