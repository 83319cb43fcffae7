package io.parley.ui.audiences;

import java.util.Arrays;

/** How columns share a table's width when each needs its own for its values to show whole. */
final class ColumnWidths {

	private ColumnWidths() {
	}

	/**
	 * Widths for columns that need {@code needed} pixels in {@code room}: where all fit, each gets
	 * its need and an equal part of what is left; where they do not, the widest are narrowed alike to
	 * what is left after the narrower ones, but never below {@code narrowest} (the table then
	 * scrolls sideways).
	 */
	static int[] share(int[] needed, int room, int narrowest) {
		int[] widths = new int[needed.length];
		int total = Arrays.stream(needed).sum();
		if (total <= room) {
			int extra = (room - total) / Math.max(1, needed.length);
			for (int c = 0; c < needed.length; c++) {
				widths[c] = needed[c] + extra;
			}
			return widths;
		}
		int cap = Math.max(narrowest, widest(needed, room));
		for (int c = 0; c < needed.length; c++) {
			widths[c] = Math.min(needed[c], cap);
		}
		return widths;
	}

	/** The widest a column may be so that all fit in {@code room}, the narrower ones keeping what they need. */
	private static int widest(int[] needed, int room) {
		int[] ascending = needed.clone();
		Arrays.sort(ascending);
		int left = room;
		for (int c = 0; c < ascending.length; c++) {
			int sharing = ascending.length - c;
			if (ascending[c] * sharing > left) {
				return left / sharing;
			}
			left -= ascending[c];
		}
		return ascending.length == 0 ? 0 : ascending[ascending.length - 1];
	}
}
