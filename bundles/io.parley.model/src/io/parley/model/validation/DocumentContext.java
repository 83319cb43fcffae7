package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.files.ProspectSource;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.Expansion;
import io.parley.model.text.MacroValues;
import io.parley.model.text.TextFacts;

/**
 * What the checks of one document depend on besides its own text: the rule set in force for its
 * folder (with the workspace's overrides), the worst-case macro values of its prospect list and
 * the kind of account that sends it.
 * Editors build one per document to show counters that agree with the validator, and preview
 * with the people of the attached prospect list.
 */
public record DocumentContext(RuleSet ruleSet, MacroValues macroValues, Optional<ProspectSource> prospectList,
		String senderAccount) {

	private static final String MAX_LENGTH = "maxLength";
	private static final String MAX_LENGTH_FOR_ACCOUNT = "maxLengthForAccount";

	/** @param catalog the sets a workspace's {@code parley.rules.json} may pick instead of {@code base} */
	public static DocumentContext of(Path file, JsonNode root, RuleCatalog catalog, RuleSet base) {
		RuleSet rules = WorkspaceRules.forFolder(file.toAbsolutePath().getParent(), base, catalog);
		return new DocumentContext(rules, AttachedProspects.worstCase(file, root, rules), attached(file, root), SenderAccount.of(root, file));
	}

	private static Optional<ProspectSource> attached(Path file, JsonNode root) {
		try {
			return AttachedProspects.find(file, root);
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/** The length limits of the field at {@code pointer} for {@code format} and this sender's account, tightest first. */
	public List<LengthLimit> lengthLimits(MessageFormat format, String pointer) {
		return ruleSet.rulesFor(format).stream().filter(this::limitsLength)
				.filter(rule -> rule.fields().stream().anyMatch(pattern -> matches(pattern, pointer)))
				.map(DocumentContext::limit).sorted(Comparator.comparingInt(LengthLimit::max)).toList();
	}

	private boolean limitsLength(Rule rule) {
		return MAX_LENGTH.equals(rule.check())
				|| MAX_LENGTH_FOR_ACCOUNT.equals(rule.check()) && senderAccount.equalsIgnoreCase(rule.textParam("senderAccount"));
	}

	/** Whether {@code rule} limits a field's length, for some sender's account or for all. */
	public static boolean isLengthRule(Rule rule) {
		return MAX_LENGTH.equals(rule.check()) || MAX_LENGTH_FOR_ACCOUNT.equals(rule.check());
	}

	/** The length the recipient sees at worst: code points after every macro takes its longest value. */
	public int worstCaseLength(String text) {
		return new Expansion(TextFacts.of(text), macroValues).length();
	}

	private static LengthLimit limit(Rule rule) {
		return new LengthLimit(rule.id(), rule.severity(), rule.intParam("max"), rule.textParam("hint"));
	}

	/** A rule's field pattern such as {@code /variants/*}{@code /subject} against a concrete pointer. */
	static boolean matches(String pattern, String pointer) {
		String[] wanted = pattern.split("/", -1);
		String[] actual = pointer.split("/", -1);
		if (wanted.length != actual.length) {
			return false;
		}
		for (int i = 0; i < wanted.length; i++) {
			if (!wanted[i].equals("*") && !wanted[i].equals(actual[i])) {
				return false;
			}
		}
		return true;
	}
}
