package io.parley.ui.campaigns;

import java.util.List;

import io.parley.model.results.CampaignResults;
import io.parley.model.results.ReadColumn;

/** The columns of a report its figures were read from, in words, for the person to check. */
final class ColumnsRead {

	private ColumnsRead() {
	}

	/** "Columns read as: Day from "Date" (a similar name), Sends from "Sends", .... Not in the report: Leads." */
	static String describe(CampaignResults results) {
		List<String> read = results.columns().stream().map(c -> c.label() + " from \"" + c.column() + "\""
				+ (c.found() == ReadColumn.Found.BY_A_SIMILAR_NAME ? " (a similar name)" : "")).toList();
		List<String> missing = CampaignResults.columnFigures().stream()
				.filter(f -> results.columns().stream().noneMatch(c -> c.figure().equals(f))).map(CampaignResults::label).toList();
		StringBuilder text = new StringBuilder("Columns read as: ").append(String.join(", ", read)).append('.');
		if (!missing.isEmpty()) {
			text.append(" Not in the report: ").append(String.join(", ", missing)).append('.');
		}
		if (results.hasSimilarNames()) {
			text.append(" Check the columns read by a similar name, or choose others.");
		}
		return text.toString();
	}
}
