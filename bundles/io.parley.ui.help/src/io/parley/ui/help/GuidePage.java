package io.parley.ui.help;

/** A page of the guide: its title and its text as a FormText shows it, links already absolute. */
public record GuidePage(String href, String title, String formText) {
}
