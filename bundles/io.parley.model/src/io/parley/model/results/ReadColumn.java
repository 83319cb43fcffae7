package io.parley.model.results;

/**
 * The column of a report a figure was read from ("day", "sends", ...), and how it was found: by the
 * name Campaign Manager gives it, by a name that only looks like one (which the person should
 * confirm), or as the person chose it (kept in the campaign's {@code "resultsColumns"}).
 */
public record ReadColumn(String figure, String column, Found found) {

	/** How a figure's column was found. */
	public enum Found {
		AS_LINKEDIN_NAMES_IT, BY_A_SIMILAR_NAME, AS_CHOSEN
	}

	/** The figure in a person's words: "Sends", "Day". */
	public String label() {
		return label(figure);
	}

	static String label(String figure) {
		return figure.isEmpty() ? figure : Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
	}
}
