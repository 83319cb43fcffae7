package io.parley.model.files;

import java.util.List;
import java.util.Optional;

/**
 * A kind of Parley document, recognised by the file name suffix {@code NAME.KIND.json}; a prospect
 * list is CSV text or an Excel workbook ({@code NAME.prospects.xlsx}). A value like any other: the
 * studio's kinds are contributions to {@code io.parley.core.documentKinds}, the built-in ones
 * among them, and {@link #MODEL_KINDS} are those the model itself reads and checks.
 *
 * @param suffixes every ending a file of the kind may have, the one a new file gets first
 */
public record DocumentKind(String id, List<String> suffixes) {

	public static final DocumentKind AUDIENCE = new DocumentKind("audience", ".audience.json");
	public static final DocumentKind TEMPLATE = new DocumentKind("template", ".template.json");
	public static final DocumentKind FLOW = new DocumentKind("flow", ".flow.json");
	public static final DocumentKind BUDGET = new DocumentKind("budget", ".budget.json");
	public static final DocumentKind CAMPAIGN = new DocumentKind("campaign", ".campaign.json");
	public static final DocumentKind PROSPECTS = new DocumentKind("prospects", ".prospects.csv", ".prospects.xlsx");

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
