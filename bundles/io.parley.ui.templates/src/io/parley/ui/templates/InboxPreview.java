package io.parley.ui.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.parley.model.files.Prospect;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rendering.MessageRenderer.Segment;
import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.JsonDocument;
import io.parley.ui.templates.PreviewLines.Wrapped;

/**
 * A message as it appears in the recipient's LinkedIn inbox: sender, subject, body, button and
 * footer, personalized for one person. A macro the person has no value for shows as a marked gap.
 */
final class InboxPreview extends Composite {

	private static final Color PAPER = new Color(255, 255, 255);
	private static final Color MUTED = new Color(102, 102, 102);
	private static final Color LINKEDIN_BLUE = new Color(10, 102, 194);
	private static final Color GAP = new Color(255, 224, 224);
	/** The body scrolls inside a fixed height, so typing never re-lays out the whole form. */
	private static final int BODY_LINES = 12;
	/** Pixels kept free at a line's end: word widths measured one by one can add up a little short of the drawn line. */
	private static final int WRAP_SLACK = 4;

	private final Label sponsored;
	private final Label sender;
	private final StyledText subject;
	private final StyledText body;
	private final Label button;
	private final Label footer;
	private final Label gaps;
	private final PreviewLines lines = new PreviewLines();
	private Rendered bodyShown = new Rendered("", List.of());

	InboxPreview(Composite parent) {
		super(parent, SWT.BORDER);
		setBackground(PAPER);
		setLayout(new GridLayout(1, false));
		sponsored = label(SWT.NONE, MUTED);
		sponsored.setText("Sponsored");
		sender = label(SWT.NONE, null);
		sender.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		subject = text(SWT.MULTI | SWT.WRAP);
		subject.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		body = text(SWT.MULTI | SWT.V_SCROLL);
		((GridData) body.getLayoutData()).heightHint = body.getLineHeight() * BODY_LINES;
		body.addListener(SWT.Resize, e -> rewrapBody());
		button = new Label(this, SWT.CENTER);
		button.setBackground(LINKEDIN_BLUE);
		button.setForeground(PAPER);
		button.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		footer = label(SWT.WRAP, MUTED);
		gaps = label(SWT.WRAP, new Color(176, 0, 32));
	}

	/**
	 * Shows {@code document}'s message, or the variant at {@code variant} (its missing parts from the base), for {@code person}.
	 *
	 * @return whether the preview changed shape, so its section must be laid out again
	 */
	boolean show(JsonDocument document, String variant, MessageFormat format, Prospect person, MessageRenderer renderer) {
		Set<String> missing = new LinkedHashSet<>();
		boolean sponsoredFormat = format == null || format.isSponsored();
		boolean reshaped = setVisible(sponsored, sponsoredFormat);
		sender.setText(document.text("/sender"));
		reshaped |= setVisible(sender, format == null || format.hasField("sender"));
		String subjectText = variant == null || document.text(variant + "/subject").isEmpty() ? document.text("/subject")
				: document.text(variant + "/subject");
		Rendered subjectShown = Rendered.of(renderer.segments(subjectText, person), missing);
		show(subject, subjectShown.text(), subjectShown.gaps());
		reshaped |= setVisible(subject, format == null || format.hasField("subject"));
		reshaped |= wrapsAnew(subject);
		String bodyText = variant == null || document.text(variant + "/body").isEmpty() ? document.text("/body")
				: document.text(variant + "/body");
		bodyShown = Rendered.of(renderer.segments(bodyText, person), missing);
		rewrapBody();
		reshaped |= setText(button, "  " + document.text("/cta/text") + "  ");
		reshaped |= setVisible(button, (format == null || format.hasField("cta")) && !document.text("/cta/text").isEmpty());
		reshaped |= setText(footer, document.text("/footer"));
		reshaped |= setVisible(footer, !document.text("/footer").isEmpty());
		reshaped |= setText(gaps, missing.isEmpty() ? "" : "No value for " + String.join(", ", missing)
				+ " for this person: the marked places are empty in the message they receive.");
		reshaped |= setVisible(gaps, !missing.isEmpty());
		if (reshaped) {
			layout(true, true);
		}
		return reshaped;
	}

	/** Shows the body in lines of the preview's width; see {@link PreviewLines} for why it is not the widget's wrapping. */
	private void rewrapBody() {
		int width = body.getClientArea().width - body.getLeftMargin() - body.getRightMargin() - WRAP_SLACK;
		GC[] gc = new GC[1];
		try {
			Wrapped wrapped = lines.wrap(bodyShown.text(), width > 0 ? width : Integer.MAX_VALUE, piece -> {
				if (gc[0] == null) {
					gc[0] = new GC(body);
				}
				return gc[0].textExtent(piece, 0).x;
			});
			show(body, wrapped.text(), bodyShown.gaps().stream().mapToInt(gap -> wrapped.positions()[gap]).boxed().toList());
		} finally {
			if (gc[0] != null) {
				gc[0].dispose();
			}
		}
	}

	private static void show(StyledText widget, String text, List<Integer> gaps) {
		replaceChanged(widget, text);
		StyleRange[] gapStyles = gaps.stream().map(gap -> new StyleRange(gap, 1, null, GAP)).toArray(StyleRange[]::new);
		if (!Arrays.equals(gapStyles, widget.getStyleRanges())) {
			widget.setStyleRanges(gapStyles);
		}
	}

	/** A message as the person reads it, with a placeholder character where a macro has no value. */
	private record Rendered(String text, List<Integer> gaps) {

		static Rendered of(List<Segment> segments, Set<String> missing) {
			StringBuilder text = new StringBuilder();
			List<Integer> gaps = new ArrayList<>();
			for (Segment segment : segments) {
				if (segment.isGap()) {
					missing.add(segment.macro());
					gaps.add(text.length());
					text.append('\u2002');
				} else {
					text.append(segment.text());
				}
			}
			return new Rendered(text.toString(), gaps);
		}
	}

	/** Replaces only what differs, so a keystroke re-lays out one spot of a long message, not all of it. */
	private static void replaceChanged(StyledText widget, String text) {
		String old = widget.getText();
		int prefix = 0;
		int limit = Math.min(old.length(), text.length());
		while (prefix < limit && old.charAt(prefix) == text.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix < old.length() || prefix < text.length()) {
			widget.replaceTextRange(prefix, old.length() - prefix - suffix, text.substring(prefix, text.length() - suffix));
		}
	}

	private Label label(int style, Color foreground) {
		Label label = new Label(this, style);
		label.setBackground(PAPER);
		if (foreground != null) {
			label.setForeground(foreground);
		}
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return label;
	}

	private StyledText text(int style) {
		StyledText text = new StyledText(this, style | SWT.READ_ONLY);
		text.setBackground(PAPER);
		text.setEditable(false);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 150;
		text.setLayoutData(data);
		return text;
	}

	/** @return whether the text now takes more or fewer lines than it has room for, so the preview needs a new layout */
	private static boolean wrapsAnew(StyledText text) {
		int width = text.getSize().x;
		return width > 0 && text.computeSize(width, SWT.DEFAULT).y != text.getSize().y;
	}

	/** @return whether the control's visibility changed, so the preview needs a new layout */
	private static boolean setVisible(Control control, boolean visible) {
		if (control.getVisible() == visible) {
			return false;
		}
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
		return true;
	}

	/** @return whether the label's text changed, which may change its size */
	private static boolean setText(Label label, String text) {
		if (label.getText().equals(text)) {
			return false;
		}
		label.setText(text);
		return true;
	}
}
