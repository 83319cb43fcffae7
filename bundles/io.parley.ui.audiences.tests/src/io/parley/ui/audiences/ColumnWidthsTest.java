package io.parley.ui.audiences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A prospect list's columns sharing the table's width. */
class ColumnWidthsTest {

	@Test
	void whereAllFitEachGetsItsNeedAndAnEqualPartOfTheRest() {
		assertArrayEquals(new int[] { 110, 210, 160 }, ColumnWidths.share(new int[] { 100, 200, 150 }, 480, 60));
	}

	@Test
	void whereTheyDoNotTheWidestGiveWayAlikeAndTheNarrowKeepTheirNeed() {
		assertArrayEquals(new int[] { 100, 150, 150 }, ColumnWidths.share(new int[] { 100, 200, 250 }, 400, 60));
	}

	@Test
	void noColumnIsNarrowedBelowOneThatStillReads() {
		assertArrayEquals(new int[] { 80, 80, 80 }, ColumnWidths.share(new int[] { 100, 200, 250 }, 150, 80));
	}
}
