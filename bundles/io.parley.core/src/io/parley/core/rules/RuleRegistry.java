package io.parley.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import io.parley.core.extensions.InvalidContributionException;
import io.parley.core.extensions.LazyExtension;
import io.parley.core.extensions.RegistryReader;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.RuleSetReader;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;
import io.parley.model.validation.RuleCatalog;
import io.parley.model.validation.RuleCheck;

/**
 * The rule sets, rules and checks of the model with those plugins contribute to
 * {@code io.parley.core.rules}, read once into one {@link RuleCatalog} that the studio, {@code parley
 * validate}, {@code export}, {@code run} and the kinds' validators all check with.
 */
public final class RuleRegistry {

	public static final String POINT_ID = "io.parley.core.rules";

	private static RuleRegistry instance;

	private final RuleCatalog catalog;

	private RuleRegistry(RuleCatalog catalog) {
		this.catalog = catalog;
	}

	public static synchronized RuleRegistry getDefault() {
		if (instance == null) {
			instance = new RuleRegistry(readContributions());
		}
		return instance;
	}

	/** Checks first, then whole sets (one may extend another), then the rules added to sets. */
	private static RuleCatalog readContributions() {
		RuleCatalog.Builder catalog = RuleCatalog.builtIn().toBuilder();
		RegistryReader reader = new RegistryReader(POINT_ID);
		reader.read("check", element -> check(element, catalog));
		reader.read("ruleSet", element -> catalog.addSet(ruleSet(element, catalog)));
		reader.read("rules", element -> rules(element, catalog));
		return catalog.build();
	}

	/** The model's rule sets and checks with every plugin's. */
	public RuleCatalog catalog() {
		return catalog;
	}

	private static void check(IConfigurationElement element, RuleCatalog.Builder catalog) {
		String name = RegistryReader.required(element, "name");
		RegistryReader.required(element, "class");
		catalog.addCheck(name, new ContributedCheck(new LazyExtension<>(element, "class", RuleCheck.class)));
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

	private static RuleSet ruleSet(IConfigurationElement element, RuleCatalog.Builder catalog) {
		String file = RegistryReader.required(element, "file");
		try (InputStream in = open(element, file)) {
			return RuleSetReader.read(in, element.getContributor().getName() + "/" + file, catalog::ruleSet);
		} catch (IOException e) {
			throw new InvalidContributionException(e.getMessage(), e);
		}
	}

	private static void rules(IConfigurationElement element, RuleCatalog.Builder catalog) {
		String file = RegistryReader.required(element, "file");
		List<Rule> rules;
		try (InputStream in = open(element, file)) {
			rules = RuleSetReader.readRules(in, element.getContributor().getName() + "/" + file);
		} catch (IOException e) {
			throw new InvalidContributionException(e.getMessage(), e);
		}
		String addTo = element.getAttribute("addTo");
		List<String> sets = addTo == null || addTo.isBlank() || addTo.strip().equals("*")
				? catalog.setIds()
				: Arrays.stream(addTo.split(",")).map(String::strip).toList();
		try {
			sets.forEach(set -> catalog.addRules(set, rules));
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
