package io.parley.benchmarks;

import java.io.IOException;
import java.nio.file.Path;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;

/**
 * Reads a prospect list to its end through the reader every command uses, as one process, and says
 * how many people it read, the first and last of them, and the wall time of the reading.
 * Usage: ReadProspects FILE
 */
public final class ReadProspects {

	private ReadProspects() {
	}

	public static void main(String[] args) throws IOException {
		long start = System.nanoTime();
		long people = 0;
		Prospect first = null;
		Prospect last = null;
		try (ProspectList list = ProspectList.open(Path.of(args[0]))) {
			while (list.hasNext()) {
				last = list.next();
				first = first == null ? last : first;
				people++;
			}
		}
		System.out.printf("%s: %,d prospects in %.2f s; first %s, last %s%n", Path.of(args[0]).getFileName(), people,
				(System.nanoTime() - start) / 1e9, first == null ? "-" : first.fields(), last == null ? "-" : last.fields());
	}
}
