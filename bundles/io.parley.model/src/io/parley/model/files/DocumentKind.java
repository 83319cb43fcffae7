package io.parley.model.files;

import java.util.Optional;

/** The kinds of Parley document, recognised by the file name suffix {@code NAME.KIND.json}. */
public enum DocumentKind {
	AUDIENCE("audience", ".audience.json"),
	TEMPLATE("template", ".template.json"),
	FLOW("flow", ".flow.json"),
	BUDGET("budget", ".budget.json"),
	CAMPAIGN("campaign", ".campaign.json"),
	PROSPECTS("prospects", ".prospects.csv");

	private final String id;
	private final String suffix;

	DocumentKind(String id, String suffix) {
		this.id = id;
		this.suffix = suffix;
	}

	public String id() {
		return id;
	}

	public String suffix() {
		return suffix;
	}

	/** The {@code schema} value a current document of this kind carries, e.g. {@code parley.template/1}. */
	public String schema() {
		return "parley." + id + "/1";
	}

	public static Optional<DocumentKind> ofFileName(String fileName) {
		for (DocumentKind kind : values()) {
			if (fileName.endsWith(kind.suffix) && fileName.length() > kind.suffix.length()) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
