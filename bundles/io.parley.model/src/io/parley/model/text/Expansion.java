package io.parley.model.text;

import java.util.ArrayList;
import java.util.List;

/** A text's length after its macros are replaced by assumed values, and where it passes a limit. */
public final class Expansion {

	private final TextFacts facts;
	private final MacroValues values;
	private final List<MessageText.Match> macros;
	/** The assumed length of each macro, looked up once for the length and the offset past a limit. */
	private final int[] macroLengths;
	private final int length;

	public Expansion(String text, MacroValues values) {
		this(TextFacts.of(text), values);
	}

	public Expansion(TextFacts facts, MacroValues values) {
		this.facts = facts;
		this.values = values;
		this.macros = facts.macros();
		this.macroLengths = new int[macros.size()];
		int expanded = facts.length();
		for (int i = 0; i < macroLengths.length; i++) {
			MessageText.Match macro = macros.get(i);
			macroLengths[i] = values.lengthOf(macro.text());
			expanded += macroLengths[i] - (macro.end() - macro.start());
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
		for (int i = 0; i < macroLengths.length; i++) {
			MessageText.Match macro = macros.get(i);
			int plain = macro.start() - raw;
			if (expanded + plain > max) {
				return raw + max - expanded;
			}
			expanded += plain + macroLengths[i];
			if (expanded > max) {
				return macro.start();
			}
			raw = macro.end();
		}
		int total = facts.length();
		return expanded + total - raw > max ? raw + max - expanded : total;
	}
}
