package io.parley.ui.editors;

import java.util.Collection;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;

import io.parley.model.rules.Macro;
import io.parley.model.text.MessageText;

/**
 * Personalization macros in a message field: proposed when the user types {@code %} or presses
 * Ctrl+Space, taken with Return or a double-click, and highlighted wherever they appear, so a
 * misspelt macro stands out as plain text.
 */
public final class MacroAssist {

	private static final Color MACRO_COLOUR = new Color(0, 102, 153);

	private MacroAssist() {
	}

	public static void install(StyledText text, Collection<Macro> macros) {
		ContentProposalAdapter adapter = new ContentProposalAdapter(text, new StyledTextContentAdapter(), proposals(macros),
				KeyStroke.getInstance(SWT.CTRL, ' '), new char[] { '%' });
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
		// Return takes the macro chosen in the open list; the field, which hears the key first, must
		// not also break the line (a multi-line field would end in a line break after the macro)
		text.addVerifyKeyListener(key -> {
			if (adapter.isProposalPopupOpen() && (key.character == SWT.CR || key.character == SWT.LF)) {
				key.doit = false;
			}
		});
		text.addLineStyleListener(event -> event.styles = highlight(event.lineText, event.lineOffset));
	}

	private static IContentProposalProvider proposals(Collection<Macro> macros) {
		return (contents, position) -> {
			String typed = partialMacro(contents, position);
			return macros.stream().filter(m -> m.token().startsWith(typed))
					.map(m -> (IContentProposal) new ContentProposal(m.token().substring(typed.length()), m.token(),
							"Filled from the prospect list's \"" + m.column() + "\" column, e.g. " + m.sample()))
					.toArray(IContentProposal[]::new);
		};
	}

	/** The macro being typed before the caret, from its opening {@code %}; empty when none is. */
	static String partialMacro(String contents, int position) {
		int start = position;
		while (start > 0 && Character.isUpperCase(contents.charAt(start - 1))) {
			start--;
		}
		return start > 0 && contents.charAt(start - 1) == '%' ? contents.substring(start - 1, position) : "";
	}

	private static StyleRange[] highlight(String line, int lineOffset) {
		return MessageText.macros(line).stream().map(macro -> {
			int start = line.offsetByCodePoints(0, macro.start());
			int end = line.offsetByCodePoints(0, macro.end());
			StyleRange style = new StyleRange(lineOffset + start, end - start, MACRO_COLOUR, null, SWT.BOLD);
			return style;
		}).toArray(StyleRange[]::new);
	}
}
