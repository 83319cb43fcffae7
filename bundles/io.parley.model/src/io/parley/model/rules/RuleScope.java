package io.parley.model.rules;

/**
 * What a rule looks at. Most rules check the message itself (a template or a flow); some, such as
 * InMail send timing or 1st-degree recipients, can only be judged on a campaign, which knows when,
 * from whom and to which prospects the message goes.
 */
public enum RuleScope {
	CONTENT, CAMPAIGN
}
