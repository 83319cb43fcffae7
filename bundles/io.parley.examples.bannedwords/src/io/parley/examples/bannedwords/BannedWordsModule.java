package io.parley.examples.bannedwords;

import java.util.List;
import java.util.Locale;

import org.graalvm.polyglot.HostAccess;

/** The example script module: {@code require('banned-words').find(text)} lists the banned words a text uses. */
public class BannedWordsModule {

	private static final List<String> WORDS = List.of("guarantee", "risk-free", "act now");

	@HostAccess.Export
	public String find(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return String.join(",", WORDS.stream().filter(lower::contains).toList());
	}
}
