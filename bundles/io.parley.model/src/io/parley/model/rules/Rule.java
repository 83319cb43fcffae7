package io.parley.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;


/**
 * One rule of a rule set, as data: which formats it applies to, how bad breaking it is, which check
 * enforces it on which fields, its limits, and where the rule comes from.
 *
 * @param fields JSON pointers of the fields it checks; {@code *} stands for every array item
 * @param scope  whether it checks the message itself or the campaign that sends it
 */
public record Rule(String id, Set<MessageFormat> formats, Severity severity, String check, List<String> fields,
		String label, JsonNode params, String source, String description, RuleScope scope) {

	/** A rule on the message itself, the common case. */
	public Rule(String id, Set<MessageFormat> formats, Severity severity, String check, List<String> fields,
			String label, JsonNode params, String source, String description) {
		this(id, formats, severity, check, fields, label, params, source, description, RuleScope.CONTENT);
	}

	public boolean appliesTo(MessageFormat format, RuleScope where) {
		return scope.equals(where) && formats.contains(format);
	}

	public boolean appliesTo(MessageFormat format) {
		return formats.contains(format);
	}

	public int intParam(String name) {
		JsonNode value = params.get(name);
		if (value == null || !value.canConvertToInt()) {
			throw new IllegalStateException("Rule " + id + " needs a whole-number parameter '" + name + "'");
		}
		return value.intValue();
	}

	public String textParam(String name) {
		return params.path(name).asText("");
	}

	public List<String> listParam(String name) {
		List<String> values = new ArrayList<>();
		params.path(name).forEach(value -> values.add(value.asText()));
		return values;
	}

	/** A copy with other parameters, for a workspace that overrides a limit. */
	public Rule withParams(JsonNode newParams) {
		return new Rule(id, formats, severity, check, fields, label, newParams, source, description, scope);
	}

	public Rule withSeverity(Severity newSeverity) {
		return new Rule(id, formats, newSeverity, check, fields, label, params, source, description, scope);
	}

	/** A copy that names another source, for a rule set that takes a value from elsewhere. */
	public Rule withSource(String newSource) {
		return new Rule(id, formats, severity, check, fields, label, params, newSource, description, scope);
	}
}
