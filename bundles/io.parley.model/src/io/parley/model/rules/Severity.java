package io.parley.model.rules;

/**
 * How bad breaking a rule is, and so each finding of it: LinkedIn rejects an ERROR; a WARNING breaks a
 * documented best practice.
 */
public enum Severity {
	ERROR, WARNING, INFO
}
