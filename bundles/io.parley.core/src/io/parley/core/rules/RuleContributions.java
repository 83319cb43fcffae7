package io.parley.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.parley.core.extensions.InvalidContributionException;
import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.RuleSetReader;
import io.parley.model.rules.RuleSets;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;
import io.parley.model.validation.RuleCheck;
import io.parley.model.validation.RuleChecks;

/**
 * Feeds the model the rule sets, rules and checks that plugins contribute to {@code io.parley.core.rules},
 * once, as the core bundle starts: whatever asks Parley's core for anything (the studio, {@code parley
 * validate}, {@code export}, {@code run}) finds them in the model's rule sets, without asking for them.
 */
public final class RuleContributions implements BundleActivator {

	public static final String POINT_ID = "io.parley.core.rules";

	@Override
	public void start(BundleContext context) {
		RegistryReader reader = new RegistryReader(POINT_ID);
		reader.read("check", RuleContributions::check);
		reader.read("ruleSet", element -> RuleSets.register(ruleSet(element)));
		reader.read("rules", RuleContributions::rules);
	}

	@Override
	public void stop(BundleContext context) {
		// the model keeps the rule sets for as long as the JVM runs
	}

	private static void check(IConfigurationElement element) {
		String name = RegistryReader.required(element, "name");
		RegistryReader.required(element, "class");
		RuleChecks.register(name, new ContributedCheck(new LazyExtension<>(element, "class", RuleCheck.class)));
	}

	/** A plugin's check, created when a rule set is first prepared; a preparation of its own is kept. */
	private record ContributedCheck(LazyExtension<RuleCheck> check) implements RuleCheck {

		@Override
		public void check(Rule rule, CheckContext context) {
			check.get().check(rule, context);
		}

		@Override
		public PreparedCheck prepare(Rule rule, FieldPatterns patterns) {
			return check.get().prepare(rule, patterns);
		}
	}

	private static RuleSet ruleSet(IConfigurationElement element) {
		String file = RegistryReader.required(element, "file");
		try (InputStream in = open(element, file)) {
			return RuleSetReader.read(in, element.getContributor().getName() + "/" + file);
		} catch (IOException e) {
			throw new InvalidContributionException(e.getMessage(), e);
		}
	}

	private static void rules(IConfigurationElement element) {
		String file = RegistryReader.required(element, "file");
		List<Rule> rules;
		try (InputStream in = open(element, file)) {
			rules = RuleSetReader.readRules(in, element.getContributor().getName() + "/" + file);
		} catch (IOException e) {
			throw new InvalidContributionException(e.getMessage(), e);
		}
		String addTo = element.getAttribute("addTo");
		List<String> sets = addTo == null || addTo.isBlank() || addTo.strip().equals("*")
				? RuleSets.all().stream().map(RuleSet::id).toList()
				: Arrays.stream(addTo.split(",")).map(String::strip).toList();
		try {
			sets.forEach(set -> RuleSets.addRules(set, rules));
		} catch (IllegalArgumentException e) {
			throw new InvalidContributionException(e.getMessage(), e);
		}
	}

	private static InputStream open(IConfigurationElement element, String file) throws IOException {
		URL entry = Platform.getBundle(element.getContributor().getName()).getEntry(file);
		if (entry == null) {
			throw new IOException("the file " + file + " is not in the bundle");
		}
		return entry.openStream();
	}
}
