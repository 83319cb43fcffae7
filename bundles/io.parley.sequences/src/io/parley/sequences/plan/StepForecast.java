package io.parley.sequences.plan;

import io.parley.model.forecast.Range;
import io.parley.sequences.Step;

/**
 * The people expected at a step, as a range, and the day they reach it counted from the start.
 *
 * @param share the share of everyone who reaches the step
 */
public record StepForecast(Step step, Range share, Range people, int day) {
}
