package io.parley.examples.bannedwords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A company's list of words never to use: one word or phrase per line, # starts a comment. */
public record BannedWordList(List<Entry> entries) {

	/** One listed word with the line it is on. */
	public record Entry(String word, int line) {
	}

	public static BannedWordList read(Path file) throws IOException {
		List<Entry> entries = new ArrayList<>();
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			String word = lines.get(i).strip();
			if (!word.isEmpty() && !word.startsWith("#")) {
				entries.add(new Entry(word.toLowerCase(Locale.ROOT), i + 1));
			}
		}
		return new BannedWordList(entries);
	}
}
