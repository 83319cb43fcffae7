package io.parley.ui.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rendering.MessageRenderer;

/**
 * The people a preview can show: the first rows of the attached prospect list, or the rule set's
 * sample person when none is attached or it cannot be read. A preview needs a handful, not the list.
 */
final class PreviewPeople {

	static final int MAX_PEOPLE = 500;

	private final List<Prospect> people;
	private final String source;

	private PreviewPeople(List<Prospect> people, String source) {
		this.people = people;
		this.source = source;
	}

	static PreviewPeople of(Optional<ProspectSource> prospectList, MessageRenderer renderer) {
		if (prospectList.isPresent()) {
			List<Prospect> read = firstRows(prospectList.get());
			if (!read.isEmpty()) {
				return new PreviewPeople(read, prospectList.get().file().getFileName().toString());
			}
		}
		return new PreviewPeople(List.of(renderer.samplePerson()), "sample person");
	}

	private static List<Prospect> firstRows(ProspectSource source) {
		List<Prospect> rows = new ArrayList<>();
		try (ProspectList list = source.open()) {
			while (list.hasNext() && rows.size() < MAX_PEOPLE) {
				rows.add(list.next());
			}
		} catch (IOException | RuntimeException e) {
			rows.clear();
		}
		return rows;
	}

	int size() {
		return people.size();
	}

	Prospect get(int index) {
		return people.get(Math.floorMod(index, people.size()));
	}

	/** Where the people come from, for the preview's caption. */
	String source() {
		return source;
	}
}
