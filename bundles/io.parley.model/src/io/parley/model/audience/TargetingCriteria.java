package io.parley.model.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An audience as the Marketing API's {@code targetingCriteria}: every include group must match
 * ({@code include.and[]}), any value of a group's facets matches it ({@code or{facetUrn: [values]}}),
 * and matching any exclusion removes a member ({@code exclude.or}). Values are written as the
 * audience names them: mapping them to LinkedIn URNs happens in Campaign Manager.
 */
public final class TargetingCriteria {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private TargetingCriteria() {
	}

	public static ObjectNode of(JsonNode audience) {
		ArrayNode and = NODES.arrayNode();
		audience.path("include").forEach(group -> and.addObject().set("or", facets(group)));
		ObjectNode criteria = NODES.objectNode();
		criteria.putObject("include").set("and", and);
		if (!audience.path("exclude").isEmpty()) {
			criteria.putObject("exclude").set("or", facets(audience.path("exclude")));
		}
		return criteria;
	}

	private static ObjectNode facets(JsonNode group) {
		ObjectNode or = NODES.objectNode();
		group.fields().forEachRemaining(facet -> or.set(AudienceFacet.urnOf(facet.getKey()), facet.getValue().deepCopy()));
		return or;
	}
}
