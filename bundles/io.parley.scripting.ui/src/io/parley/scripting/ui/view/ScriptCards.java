package io.parley.scripting.ui.view;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.parley.scripting.ui.view.ScriptsView.Script;

/**
 * Each script of the Scripts view drawn as a card in the list's one column: its name in bold, its
 * description wrapped to the view's width, its file in grey. The view sits in a narrow corner under
 * the explorer, where columns of name, description and file cut the description after two words
 * and left the file out of sight.
 */
final class ScriptCards {

	/** Around a card's text, and between the lines of cards. */
	static final int MARGIN = 4;

	private final Table table;
	private final Font bold;
	private int measuredWidth = -1;

	private ScriptCards(Table table) {
		this.table = table;
		FontData data = table.getFont().getFontData()[0];
		bold = new Font(table.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
		table.addDisposeListener(e -> bold.dispose());
	}

	/** Lets {@code viewer}'s one column show each script as a card, rows as tall as their card. */
	static void drawOn(TableViewer viewer) {
		ScriptCards cards = new ScriptCards(viewer.getTable());
		Table table = viewer.getTable();
		table.addListener(SWT.MeasureItem, cards::measure);
		table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
		table.addListener(SWT.PaintItem, cards::paint);
		// rows are measured once; narrower, their cards need more lines
		table.addListener(SWT.Resize, e -> {
			if (cards.measuredWidth != cards.width()) {
				cards.measuredWidth = cards.width();
				viewer.refresh(true);
			}
		});
	}

	/** The width a card's text wraps at. */
	private int width() {
		return Math.max(1, table.getColumn(0).getWidth() - 2 * MARGIN);
	}

	private void measure(Event event) {
		TextLayout card = card((TableItem) event.item, false);
		try {
			event.height = Math.max(event.height, card.getBounds().height + 2 * MARGIN);
			event.width = table.getColumn(0).getWidth();
		} finally {
			card.dispose();
		}
	}

	private void paint(Event event) {
		boolean selected = (event.detail & SWT.SELECTED) != 0;
		TextLayout card = card((TableItem) event.item, selected);
		try {
			if (selected) {
				event.gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			}
			card.draw(event.gc, event.x + MARGIN, event.y + MARGIN);
		} finally {
			card.dispose();
		}
	}

	/** The card of {@code item}'s script; on a selected row the file is not greyed, the selection's colour being behind it. */
	private TextLayout card(TableItem item, boolean selected) {
		Script script = (Script) item.getData();
		String name = script.header().name();
		String description = script.header().description();
		String file = script.file().getFullPath().makeRelative().toString();
		String text = name + (description.isBlank() ? "" : "\n" + description) + "\n" + file;
		TextLayout card = new TextLayout(table.getDisplay());
		card.setFont(table.getFont());
		card.setWidth(width());
		card.setText(text);
		card.setStyle(new TextStyle(bold, null, null), 0, name.length() - 1);
		if (!selected) {
			TextStyle grey = new TextStyle(null, table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY), null);
			card.setStyle(grey, text.length() - file.length(), text.length() - 1);
		}
		return card;
	}
}
