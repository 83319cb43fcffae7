package io.parley.sequences;

import io.parley.model.rules.Rule;

/**
 * The code behind one kind of sequence rule ({@code "check": "sequenceCycle"}); the rule, in the
 * rule set with its source, gives the severity and the limits.
 */
@FunctionalInterface
public interface SequenceCheck {

	void check(Rule rule, SequenceContext context);
}
