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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.parley.model.files.Prospect;
import io.parley.model.rules.MessageFormat;
import io.parley.model.text.MessageRenderer;
import io.parley.model.text.MessageRenderer.Segment;
import io.parley.ui.editors.JsonDocument;

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

	private final Label sponsored;
	private final Label sender;
	private final StyledText subject;
	private final StyledText body;
	private final Label button;
	private final Label footer;
	private final Label gaps;

	InboxPreview(Composite parent) {
		super(parent, SWT.BORDER);
		setBackground(PAPER);
		setLayout(new GridLayout(1, false));
		sponsored = label(SWT.NONE, MUTED);
		sponsored.setText("Sponsored");
		sender = label(SWT.NONE, null);
		sender.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		subject = text(SWT.SINGLE);
		subject.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		body = text(SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		((GridData) body.getLayoutData()).heightHint = body.getLineHeight() * BODY_LINES;
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
		fill(subject, renderer.segments(subjectText, person), missing);
		reshaped |= setVisible(subject, format == null || format.hasField("subject"));
		String bodyText = variant == null || document.text(variant + "/body").isEmpty() ? document.text("/body")
				: document.text(variant + "/body");
		fill(body, renderer.segments(bodyText, person), missing);
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

	private static void fill(StyledText widget, List<Segment> segments, Set<String> missing) {
		StringBuilder text = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		for (Segment segment : segments) {
			if (segment.isGap()) {
				missing.add(segment.macro());
				styles.add(new StyleRange(text.length(), 1, null, GAP));
				text.append('\u2002');
			} else {
				text.append(segment.text());
			}
		}
		replaceChanged(widget, text.toString());
		StyleRange[] gapStyles = styles.toArray(StyleRange[]::new);
		if (!Arrays.equals(gapStyles, widget.getStyleRanges())) {
			widget.setStyleRanges(gapStyles);
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
