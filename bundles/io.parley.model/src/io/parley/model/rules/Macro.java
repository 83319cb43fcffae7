package io.parley.model.rules;

/**
 * A personalization field such as {@code %FIRSTNAME%}: the prospect-list column that fills it, the
 * longest value to assume when no list is attached, and a sample value for previews.
 */
public record Macro(String token, String column, int maxLength, String sample) {
}
