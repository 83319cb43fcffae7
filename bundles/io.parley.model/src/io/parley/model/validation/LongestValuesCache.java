package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;

/**
 * The longest macro values of recently used prospect lists. An entry is valid while the list keeps
 * its size and modification time and the rule set and column mapping are the same, so an edited list,
 * another rule set's macros or another mapping are read afresh. Few lists are in use at once; the oldest entry goes first.
 */
final class LongestValuesCache {

	private static final int LISTS = 16;

	private record Key(Path list, ProspectColumns columns, long size, long modified, RuleSet ruleSet) {
	}

	private final Map<Key, MacroValues> entries = new LinkedHashMap<>(LISTS, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, MacroValues> eldest) {
			return size() > LISTS;
		}
	};

	MacroValues longestValues(ProspectSource list, RuleSet ruleSet) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(list.file(), BasicFileAttributes.class);
		Key key = new Key(list.file().toAbsolutePath().normalize(), list.columns(), attributes.size(),
				attributes.lastModifiedTime().toMillis(), ruleSet);
		synchronized (entries) {
			MacroValues known = entries.get(key);
			if (known != null) {
				return known;
			}
		}
		MacroValues values = ProspectList.longestValues(list, ruleSet);
		synchronized (entries) {
			entries.put(key, values);
		}
		return values;
	}
}
