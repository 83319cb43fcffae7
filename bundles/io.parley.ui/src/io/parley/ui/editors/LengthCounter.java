package io.parley.ui.editors;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Label;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Severity;
import io.parley.model.validation.DocumentContext;
import io.parley.model.validation.LengthLimit;

/**
 * "52 / 60" under a message field: the worst-case length the recipient sees against the rule set's
 * limit (the hard one, or the best practice where there is none), in the warning colour past a
 * best-practice limit and the error colour past a hard one. A field the rules do not limit shows no
 * count, and a variant's empty field, which sends the original's text, says so instead of "0".
 */
final class LengthCounter {

	static final Color WARNING = new Color(156, 101, 0);
	static final Color ERROR = new Color(190, 0, 30);

	private final Label label;
	private final String pointer;
	private final Supplier<MessageFormat> format;
	private final Color normal;
	private String whenEmpty;

	LengthCounter(Label label, String pointer, Supplier<MessageFormat> format) {
		this.label = label;
		this.pointer = pointer;
		this.format = format;
		this.normal = label.getForeground();
	}

	/** What an empty field says instead of "0 / 200": for a variant's field, that the original's text is sent. */
	void whenEmpty(String note) {
		whenEmpty = note;
	}

	void update(String text, DocumentContext context) {
		if (label.isDisposed()) {
			return;
		}
		if (text.isEmpty() && whenEmpty != null) {
			show(whenEmpty, normal, "Left empty, the variant sends the original's text, counted there.");
			return;
		}
		MessageFormat current = format.get();
		List<LengthLimit> limits = current == null ? List.of() : context.lengthLimits(current, pointer);
		int used = context.worstCaseLength(text);
		show(limits.isEmpty() ? "" : String.format(Locale.ROOT, "%,d / %,d", used, shownLimit(limits).max()), colour(used, limits),
				tooltip(limits));
	}

	/**
	 * The limit the count is shown against: the hard one when there is one, else the tightest best
	 * practice (a bare "19" left the person guessing what it counted towards).
	 */
	private static LengthLimit shownLimit(List<LengthLimit> limits) {
		return limits.stream().filter(l -> l.severity() == Severity.ERROR).findFirst().orElse(limits.get(0));
	}

	/** Touches the label only where it changed: on each keystroke usually just the count. */
	private void show(String count, Color colour, String tooltip) {
		if (!count.equals(label.getText())) {
			label.setText(count);
		}
		if (!colour.equals(label.getForeground())) {
			label.setForeground(colour);
		}
		if (!tooltip.equals(label.getToolTipText())) {
			label.setToolTipText(tooltip);
		}
	}

	private Color colour(int used, List<LengthLimit> limits) {
		boolean overHard = limits.stream().anyMatch(l -> l.severity() == Severity.ERROR && used > l.max());
		boolean overSoft = limits.stream().anyMatch(l -> l.severity() != Severity.ERROR && used > l.max());
		return overHard ? ERROR : overSoft ? WARNING : normal;
	}

	private static String tooltip(List<LengthLimit> limits) {
		String lines = limits.stream().map(l -> String.format(Locale.ROOT, "%s: %,d%s", l.severity() == Severity.ERROR ? "Limit" : "Best practice",
				l.max(), l.hint().isEmpty() ? "" : " (" + l.hint() + ")")).collect(Collectors.joining("\n"));
		return "Characters as the recipient sees them, with each personalization field at its longest value."
				+ (lines.isEmpty() ? "" : "\n" + lines);
	}
}
