package io.parley.model.results;

import java.math.BigDecimal;

/** Numbers as reports write them: "1,234.50", "$12.00", "-" for none. */
final class Figures {

	private Figures() {
	}

	/** The number in {@code cell}; 0 for an empty cell or a dash; null when it is no number. */
	static Double number(String cell) {
		String digits = cell.strip().replace(",", "").replace("$", "").replace("€", "").replace("£", "").replace("%", "")
				.replace("\u00A0", "").strip();
		if (digits.isEmpty() || digits.equals("-") || digits.equals("--")) {
			return 0.0;
		}
		try {
			return new BigDecimal(digits).doubleValue();
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
