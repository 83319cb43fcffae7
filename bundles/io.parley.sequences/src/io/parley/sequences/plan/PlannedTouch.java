package io.parley.sequences.plan;

import java.time.LocalDate;

import io.parley.sequences.Step;

/** A step due for a person on a day; a step after the first is due only if its condition came true ("if accepted"). */
public record PlannedTouch(LocalDate date, Person person, Step step) {
}
