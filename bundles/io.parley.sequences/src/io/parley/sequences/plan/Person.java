package io.parley.sequences.plan;

import io.parley.model.files.Prospect;

/**
 * One person the sequence is planned for: a row of the prospect list, or a numbered stand-in when
 * the plan is for a number of people.
 */
public record Person(long row, String name, Prospect prospect) {
}
