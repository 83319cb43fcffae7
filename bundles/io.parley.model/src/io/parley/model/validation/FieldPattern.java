package io.parley.model.validation;

/**
 * A rule's field pattern ({@code /variants/*}{@code /subject}) as a slot of a prepared rule set: a
 * document finds the pattern's fields once, kept at the slot, however many rules check them.
 */
public final class FieldPattern {

	private final String text;
	private final String[] segments;
	/** Per segment: {@code *}, every item of an array. */
	private final boolean[] everyItem;
	/** Per segment: all digits, an index into an array. */
	private final boolean[] index;
	private final FieldPatterns owner;
	private final int slot;

	FieldPattern(String text, FieldPatterns owner, int slot) {
		this.text = text;
		this.segments = text.substring(1).split("/");
		this.everyItem = new boolean[segments.length];
		this.index = new boolean[segments.length];
		for (int i = 0; i < segments.length; i++) {
			// Jackson interns the field names it reads, so an interned segment finds its field by identity.
			segments[i] = segments[i].intern();
			everyItem[i] = segments[i].equals("*");
			index[i] = segments[i].chars().allMatch(Character::isDigit);
		}
		this.owner = owner;
		this.slot = slot;
	}

	/** The pattern as the rule set writes it, which is also the pointer of a field no array lies on the way to. */
	public String text() {
		return text;
	}

	String[] segments() {
		return segments;
	}

	boolean isEveryItem(int segment) {
		return everyItem[segment];
	}

	boolean isIndex(int segment) {
		return index[segment];
	}

	/** The slot of this pattern in a document checked with {@code patterns}, or -1 when it is not one of theirs. */
	int slotIn(FieldPatterns patterns) {
		return owner == patterns ? slot : -1;
	}
}
