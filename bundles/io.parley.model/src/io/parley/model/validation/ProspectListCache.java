package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.RuleSet;

/**
 * The facts of recently used prospect lists. An entry is valid while the list keeps its size and
 * modification time and the rule set and column mapping are the same, so an edited list, another
 * rule set's macros or another mapping are read afresh, and an editor checking its document on
 * every keystroke does not read a million rows each time. Few lists are in use at once; the oldest
 * entry goes first.
 */
final class ProspectListCache {

	private static final int LISTS = 16;

	private record Key(Path list, ProspectColumns columns, long size, long modified, RuleSet ruleSet) {
	}

	private final Map<Key, ProspectListFacts> entries = new LinkedHashMap<>(LISTS, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, ProspectListFacts> eldest) {
			return size() > LISTS;
		}
	};

	ProspectListFacts facts(ProspectSource list, RuleSet ruleSet) throws IOException {
		Key key = key(list, ruleSet);
		ProspectListFacts known = get(key);
		if (known != null) {
			return known;
		}
		ProspectListFacts facts = ProspectListFacts.read(list, ruleSet);
		put(key, facts);
		return facts;
	}

	private static Key key(ProspectSource list, RuleSet ruleSet) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(list.file(), BasicFileAttributes.class);
		return new Key(list.file().toAbsolutePath().normalize(), list.columns(), attributes.size(),
				attributes.lastModifiedTime().toMillis(), ruleSet);
	}

	private ProspectListFacts get(Key key) {
		synchronized (entries) {
			return entries.get(key);
		}
	}

	private void put(Key key, ProspectListFacts value) {
		synchronized (entries) {
			entries.put(key, value);
		}
	}
}
