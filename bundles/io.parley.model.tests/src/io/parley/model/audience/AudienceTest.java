package io.parley.model.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.RuleSet;
import io.parley.model.validation.RuleCatalog;

class AudienceTest {

	private final RuleSet rules = RuleCatalog.builtIn().defaultSet();

	@Test
	void targetingCriteriaAndsGroupsAndOrsValues() throws Exception {
		JsonNode audience = new ObjectMapper().readTree("""
				{"include": [{"jobFunctions": ["Marketing"]}, {"companySizes": ["201-500", "501-1000"], "titles": ["CMO"]}],
				 "exclude": {"companies": ["Example Corp"]}}""");
		JsonNode criteria = TargetingCriteria.of(audience);
		JsonNode and = criteria.path("include").path("and");
		assertEquals(2, and.size());
		assertEquals("Marketing", and.get(0).path("or").path("urn:li:adTargetingFacet:jobFunctions").get(0).asText());
		assertEquals(2, and.get(1).path("or").path("urn:li:adTargetingFacet:staffCountRanges").size());
		assertTrue(and.get(1).path("or").has("urn:li:adTargetingFacet:titles"));
		assertEquals("Example Corp", criteria.path("exclude").path("or").path("urn:li:adTargetingFacet:employers").get(0).asText());
	}

	@Test
	void noExclusionsNoExcludeClause() throws Exception {
		JsonNode criteria = TargetingCriteria.of(new ObjectMapper().readTree("{\"include\": [], \"exclude\": {}}"));
		assertFalse(criteria.has("exclude"));
	}

	@Test
	void sizesFallIntoTheRuleSetsBands() {
		assertEquals(AudienceSize.Band.UNKNOWN, AudienceSize.of(0, rules).band());
		assertEquals(AudienceSize.Band.BELOW_MINIMUM, AudienceSize.of(299, rules).band());
		assertEquals(AudienceSize.Band.SMALL, AudienceSize.of(300, rules).band());
		assertEquals(AudienceSize.Band.TEST, AudienceSize.of(20_000, rules).band());
		assertEquals(AudienceSize.Band.SWEET_SPOT, AudienceSize.of(50_000, rules).band());
		assertEquals(AudienceSize.Band.SWEET_SPOT, AudienceSize.of(300_000, rules).band());
		assertEquals(AudienceSize.Band.LARGE, AudienceSize.of(300_001, rules).band());
		assertTrue(AudienceSize.of(300_001, rules).band().needsAttention());
		assertEquals("In the sweet spot (50,000-300,000)", AudienceSize.of(85_000, rules).advice());
	}
}
