package io.parley.model.files;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of Parley document, recognised by the file name suffix {@code NAME.KIND.json}; a
 * prospect list is CSV text or an Excel workbook ({@code NAME.prospects.xlsx}).
 */
public enum DocumentKind {
	AUDIENCE("audience", ".audience.json"),
	TEMPLATE("template", ".template.json"),
	FLOW("flow", ".flow.json"),
	BUDGET("budget", ".budget.json"),
	CAMPAIGN("campaign", ".campaign.json"),
	PROSPECTS("prospects", ".prospects.csv", ".prospects.xlsx");

	private final String id;
	private final List<String> suffixes;

	DocumentKind(String id, String... suffixes) {
		this.id = id;
		this.suffixes = List.of(suffixes);
	}

	public String id() {
		return id;
	}

	/** The ending a new file of this kind gets. */
	public String suffix() {
		return suffixes.get(0);
	}

	/** Every ending a file of this kind may have. */
	public List<String> suffixes() {
		return suffixes;
	}

	/** Whether {@code fileName} ends as a file of this kind, with a name before the ending. */
	public boolean names(String fileName) {
		return suffixes.stream().anyMatch(suffix -> fileName.endsWith(suffix) && fileName.length() > suffix.length());
	}

	/** The {@code schema} value a current document of this kind carries, e.g. {@code parley.template/1}. */
	public String schema() {
		return "parley." + id + "/1";
	}

	public static Optional<DocumentKind> ofFileName(String fileName) {
		for (DocumentKind kind : values()) {
			if (kind.names(fileName)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
