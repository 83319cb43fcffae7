package io.parley.model.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** A prospect list as an audience reads it: the file, and which of its columns fill the macros. */
public record ProspectSource(Path file, ProspectColumns columns) {

	public ProspectList open() throws IOException {
		return ProspectList.open(file, columns);
	}

	/** The number of people in the list, counted one row at a time until {@code stopped} says to give up. */
	public long count(BooleanSupplier stopped) throws IOException {
		long people = 0;
		try (ProspectList prospects = open()) {
			for (; prospects.hasNext() && !stopped.getAsBoolean(); prospects.next()) {
				people++;
			}
		}
		return people;
	}
}
