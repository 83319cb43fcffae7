package io.parley.model.audience;

import java.util.Optional;

/**
 * The ways an audience narrows LinkedIn's members (rules.md §3), named as the audience file names
 * them, as a person reads them and as the Marketing API's targeting facet URN ends.
 */
public enum AudienceFacet {
	TITLES("titles", "Job titles", "titles"),
	JOB_FUNCTIONS("jobFunctions", "Job functions", "jobFunctions"),
	SENIORITIES("seniorities", "Seniorities", "seniorities"),
	INDUSTRIES("industries", "Industries", "industries"),
	COMPANY_SIZES("companySizes", "Company sizes", "staffCountRanges"),
	LOCATIONS("locations", "Locations", "locations"),
	COMPANIES("companies", "Companies", "employers"),
	SKILLS("skills", "Skills", "skills"),
	MATCHED_AUDIENCES("matchedAudiences", "Matched audiences", "audienceMatchingSegments");

	private static final String URN_PREFIX = "urn:li:adTargetingFacet:";

	private final String key;
	private final String label;
	private final String apiName;

	AudienceFacet(String key, String label, String apiName) {
		this.key = key;
		this.label = label;
		this.apiName = apiName;
	}

	/** The field name in an audience file's include group or exclusions. */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	public String urn() {
		return URN_PREFIX + apiName;
	}

	public static Optional<AudienceFacet> ofKey(String key) {
		for (AudienceFacet facet : values()) {
			if (facet.key.equals(key)) {
				return Optional.of(facet);
			}
		}
		return Optional.empty();
	}

	/** A facet's label, or the key itself for a facet Parley does not know. */
	public static String labelOf(String key) {
		return ofKey(key).map(AudienceFacet::label).orElse(key);
	}

	/** A facet's URN; a key Parley does not know goes to the API as it is written. */
	public static String urnOf(String key) {
		return ofKey(key).map(AudienceFacet::urn).orElse(URN_PREFIX + key);
	}
}
