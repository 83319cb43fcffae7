package io.parley.model.validation;

import io.parley.model.rules.Severity;

/**
 * A length limit of a field, from one {@code maxLength} rule: an error limit is where LinkedIn
 * rejects the message, a warning limit where best practice ends.
 */
public record LengthLimit(String ruleId, Severity severity, int max, String hint) {
}
