package io.parley.model.validation;

/** How bad a finding is: LinkedIn rejects an ERROR; a WARNING breaks a documented best practice. */
public enum Severity {
	ERROR, WARNING, INFO
}
