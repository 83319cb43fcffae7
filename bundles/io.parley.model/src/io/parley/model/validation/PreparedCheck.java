package io.parley.model.validation;

import java.util.List;

/**
 * One rule's check with the rule already read: its parameters parsed and its fields given slots
 * once per rule set and format, so checking a document only runs the comparisons.
 */
@FunctionalInterface
public interface PreparedCheck {

	void check(CheckContext context);

	/** A check of one field at a time. */
	@FunctionalInterface
	interface FieldCheck {

		void check(CheckContext context, Field field);
	}

	/** Runs {@code check} on each field the patterns find. */
	static PreparedCheck eachField(FieldPattern[] fields, FieldCheck check) {
		return new EachField(fields, check, false);
	}

	/** Runs {@code check} on each field the patterns find that holds text. */
	static PreparedCheck eachTextField(FieldPattern[] fields, FieldCheck check) {
		return new EachField(fields, check, true);
	}

	/**
	 * A check of each field of some patterns, on its own. A {@link ValidationPlan} instead runs it
	 * field by field beside the other rules on the same fields.
	 *
	 * @param textOnly only the fields that hold text
	 */
	record EachField(FieldPattern[] patterns, FieldCheck check, boolean textOnly) implements PreparedCheck {

		@Override
		public void check(CheckContext context) {
			for (FieldPattern pattern : patterns) {
				List<Field> found = textOnly ? context.textFields(pattern) : context.fields(pattern);
				for (int f = 0; f < found.size(); f++) {
					check.check(context, found.get(f));
				}
			}
		}
	}
}
