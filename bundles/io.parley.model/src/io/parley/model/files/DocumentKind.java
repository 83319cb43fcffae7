package io.parley.model.files;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A kind of Parley document, recognised by the file name suffix {@code NAME.KIND.json}; a prospect
 * list is CSV text or an Excel workbook. A value like any other: the studio's kinds are
 * contributions to {@code io.parley.core.documentKinds}, the built-in ones among them (the model's
 * {@code plugin.xml}, which declares each built-in kind's suffix once), and {@link #MODEL_KINDS} are
 * those the model itself reads and checks.
 *
 * @param suffixes every ending a file of the kind may have, the one a new file gets first
 */
public record DocumentKind(String id, List<String> suffixes) {

	public static final DocumentKind AUDIENCE = DeclaredKinds.kind("audience");
	public static final DocumentKind TEMPLATE = DeclaredKinds.kind("template");
	public static final DocumentKind FLOW = DeclaredKinds.kind("flow");
	public static final DocumentKind BUDGET = DeclaredKinds.kind("budget");
	public static final DocumentKind CAMPAIGN = DeclaredKinds.kind("campaign");
	public static final DocumentKind PROSPECT_CSV = DeclaredKinds.kind("prospects");
	public static final DocumentKind PROSPECT_WORKBOOK = DeclaredKinds.kind("prospect-workbook");
	/** A prospect list, CSV text or a workbook: the model reads both alike, the studio shows them as two kinds. */
	public static final DocumentKind PROSPECTS = PROSPECT_CSV.or(PROSPECT_WORKBOOK);

	/** The kinds the model reads and checks without OSGi ({@code parley validate} of the model alone, scripts' documents). */
	public static final List<DocumentKind> MODEL_KINDS = List.of(AUDIENCE, TEMPLATE, FLOW, BUDGET, CAMPAIGN, PROSPECTS);

	public DocumentKind {
		if (id == null || id.isBlank() || suffixes == null || suffixes.isEmpty()) {
			throw new IllegalArgumentException("A document kind has an id and at least one file name suffix");
		}
		suffixes = List.copyOf(suffixes);
	}

	public DocumentKind(String id, String... suffixes) {
		this(id, List.of(suffixes));
	}

	/** This kind, whose files may also end as {@code other}'s do. */
	private DocumentKind or(DocumentKind other) {
		return new DocumentKind(id, Stream.concat(suffixes.stream(), other.suffixes.stream()).toList());
	}

	/** The ending a new file of this kind gets. */
	public String suffix() {
		return suffixes.get(0);
	}

	/** Whether {@code fileName} ends as a file of this kind, with a name before the ending. */
	public boolean names(String fileName) {
		return suffixes.stream().anyMatch(suffix -> fileName.endsWith(suffix) && fileName.length() > suffix.length());
	}

	/** The {@code schema} value a current document of one of the model's kinds carries, e.g. {@code parley.template/1}. */
	public String schema() {
		return "parley." + id + "/1";
	}

	/** The model's kind of a file, by its name. */
	public static Optional<DocumentKind> ofFileName(String fileName) {
		return MODEL_KINDS.stream().filter(kind -> kind.names(fileName)).findFirst();
	}
}
