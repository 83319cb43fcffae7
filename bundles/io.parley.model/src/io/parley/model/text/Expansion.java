package io.parley.model.text;

import java.util.ArrayList;
import java.util.List;

/** A text's length after its macros are replaced by assumed values, and where it passes a limit. */
public final class Expansion {

	private final TextFacts facts;
	private final MacroValues values;
	private final List<MessageText.Match> macros;
	private final int length;

	public Expansion(String text, MacroValues values) {
		this(TextFacts.of(text), values);
	}

	public Expansion(TextFacts facts, MacroValues values) {
		this.facts = facts;
		this.values = values;
		this.macros = facts.macros();
		int expanded = facts.length();
		for (MessageText.Match macro : macros) {
			expanded += values.lengthOf(macro.text()) - (macro.end() - macro.start());
		}
		this.length = expanded;
	}

	public int length() {
		return length;
	}

	public boolean hasMacros() {
		return !macros.isEmpty();
	}

	/** Where the macro values behind this length came from, e.g. "%FIRSTNAME% = "Oluwaseun" (prospect row 4)". */
	public List<String> origins() {
		List<String> origins = new ArrayList<>();
		for (MessageText.Match macro : macros) {
			String origin = values.originOf(macro.text());
			if (!origins.contains(origin)) {
				origins.add(origin);
			}
		}
		return origins;
	}

	/**
	 * Code-point offset in the raw text at which the expanded text grows past {@code max} characters.
	 * Text between macros counts one for one, so only the macros need visiting.
	 */
	public int rawOffsetPast(int max) {
		int expanded = 0;
		int raw = 0;
		for (MessageText.Match macro : macros) {
			int plain = macro.start() - raw;
			if (expanded + plain > max) {
				return raw + max - expanded;
			}
			expanded += plain + values.lengthOf(macro.text());
			if (expanded > max) {
				return macro.start();
			}
			raw = macro.end();
		}
		int total = facts.length();
		return expanded + total - raw > max ? raw + max - expanded : total;
	}
}
