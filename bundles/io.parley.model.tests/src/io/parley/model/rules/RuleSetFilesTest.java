package io.parley.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.parley.model.validation.RuleCatalog;


/** The shipped rule sets as data: the alternative set states only where LinkedIn Help differs from the seeds. */
class RuleSetFilesTest {

	private final RuleSet seeds = RuleCatalog.builtIn().defaultSet();
	private final RuleSet linkedIn = RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow();

	private static RuleSet read(String json) throws IOException {
		return RuleSetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json",
				id -> Optional.ofNullable(id.equals("default") ? RuleCatalog.builtIn().defaultSet() : null));
	}

	@Test
	void theAlternativeSetTakesLinkedInHelpsValues() {
		assertEquals(1900, seeds.rule("inmail.body.length").orElseThrow().intParam("max"));
		assertEquals(2000, linkedIn.rule("inmail.body.length").orElseThrow().intParam("max"));
		assertEquals("LinkedIn Help 437", linkedIn.rule("inmail.body.length").orElseThrow().source());
		assertEquals(45, seeds.cap("frequencyCapDays"));
		assertEquals(30, linkedIn.cap("frequencyCapDays"));
		assertEquals(90, seeds.cap("inMailPlans/RECRUITER_LITE/rolloverCap"));
		assertEquals(120, linkedIn.cap("inMailPlans/RECRUITER_LITE/rolloverCap"));
		assertEquals(30, linkedIn.cap("inMailPlans/RECRUITER_LITE/monthly"), "values not named stay the base's");
		assertEquals(Severity.WARNING, seeds.rule("conversation-ad.not-interested").orElseThrow().severity());
		assertEquals(Severity.ERROR, linkedIn.rule("conversation-ad.not-interested").orElseThrow().severity());
	}

	@Test
	void theAlternativeSetHasEveryRuleOfTheDefault() {
		assertEquals(seeds.rules().stream().map(Rule::id).toList(), linkedIn.rules().stream().map(Rule::id).toList());
		assertEquals(seeds.macros(), linkedIn.macros());
	}

	@Test
	void aSetCanOnlyExtendARegisteredOne() {
		IOException e = assertThrows(IOException.class, () -> read("""
				{"schema": "parley.rules/1", "id": "x", "extends": "nowhere"}"""));
		assertTrue(e.getMessage().contains("extends rule set \"nowhere\", which is not registered"), e.getMessage());
	}

	@Test
	void aMistypedRuleIdOrSeverityIsRefused() {
		IOException typo = assertThrows(IOException.class, () -> read("""
				{"schema": "parley.rules/1", "id": "x", "extends": "default", "rules": {"inmail.body.lenght": {}}}"""));
		assertTrue(typo.getMessage().contains("inmail.body.lenght"), typo.getMessage());
		IOException severity = assertThrows(IOException.class, () -> read("""
				{"schema": "parley.rules/1", "id": "x", "extends": "default",
				 "rules": {"inmail.body.length": {"severity": "FATAL"}}}"""));
		assertTrue(severity.getMessage().startsWith("test.json:"), severity.getMessage());
	}

	@Test
	void aRuleNamesItsScope() throws IOException {
		RuleSet set = read("""
				{"schema": "parley.rules/1", "id": "x", "rules": [{"id": "r", "formats": ["INMAIL"], "severity": "WARNING",
				 "check": "sendTiming", "source": "test", "scope": "campaign"}]}""");
		assertEquals(RuleScope.CAMPAIGN, set.rule("r").orElseThrow().scope());
		assertEquals(List.of(), set.rulesFor(MessageFormat.INMAIL, RuleScope.CONTENT));
		assertThrows(IOException.class, () -> read("""
				{"schema": "parley.rules/1", "id": "x", "rules": [{"id": "r", "formats": ["INMAIL"], "severity": "WARNING",
				 "check": "sendTiming", "source": "test", "scope": "inbox"}]}"""));
	}

	@Test
	void aFileDeclaresTheScopesOfItsPluginsDocumentKinds() throws IOException {
		RuleSet set = read("""
				{"schema": "parley.rules/1", "id": "x", "scopes": ["sequence"], "rules": [{"id": "r", "formats": [], "severity": "ERROR",
				 "check": "sequenceCycle", "source": "test", "scope": "sequence"}]}""");
		assertEquals(List.of(set.rule("r").orElseThrow()), set.rulesIn(RuleScope.of("sequence")));
		assertEquals(List.of(), set.rulesIn(RuleScope.CAMPAIGN));
	}
}
