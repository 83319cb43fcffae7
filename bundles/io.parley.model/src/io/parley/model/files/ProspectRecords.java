package io.parley.model.files;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of a prospect list, one at a time, whatever the file: CSV text ({@link CsvRecords})
 * or a sheet of a workbook ({@link WorkbookSheet}). Every reader of prospect lists goes through
 * one, so validate, export, scripts and the editors see the same rows.
 */
interface ProspectRecords extends Closeable {

	/** The next record's cells; a blank line has no cells or only blank ones; null after the last. */
	String[] next() throws IOException;

	/** Where the record {@link #next()} returned last starts: a line of the text, or a row of the sheet (1-based). */
	int line();
}
