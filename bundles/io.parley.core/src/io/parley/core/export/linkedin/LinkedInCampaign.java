package io.parley.core.export.linkedin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.audience.TargetingCriteria;

/**
 * The campaign object of the LinkedIn Marketing API for a messaging campaign (rules.md §5). The API
 * bills messaging per send but takes the bid as {@code costType: CPM}, so the cost per send is
 * multiplied by 1,000; the bid is the high end of the budget's cost-per-send range, the most the
 * advertiser is prepared to pay. The targeting is the audience's {@link TargetingCriteria}.
 */
final class LinkedInCampaign {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final BigDecimal SENDS_PER_MILLE = BigDecimal.valueOf(1000);

	private LinkedInCampaign() {
	}

	static ObjectNode of(CampaignDocuments documents) {
		JsonNode campaign = documents.campaign();
		JsonNode budget = documents.budget();
		String currency = budget.path("currency").asText("USD");
		ObjectNode api = NODES.objectNode();
		api.put("name", campaign.path("name").asText());
		api.put("type", "SPONSORED_INMAILS");
		api.put("costType", "CPM");
		api.set("unitCost", money(budget.path("costPerSend").path("high").decimalValue().multiply(SENDS_PER_MILLE), currency));
		if (budget.has("daily")) {
			api.set("dailyBudget", money(budget.path("daily").decimalValue(), currency));
		}
		api.set("totalBudget", money(budget.path("total").decimalValue(), currency));
		api.set("runSchedule", runSchedule(campaign.path("schedule"), budget));
		api.set("targetingCriteria", TargetingCriteria.of(documents.audience()));
		api.put("status", "DRAFT");
		return api;
	}

	private static ObjectNode money(BigDecimal amount, String currency) {
		ObjectNode money = NODES.objectNode();
		money.put("amount", amount.stripTrailingZeros().toPlainString());
		money.put("currencyCode", currency);
		return money;
	}

	private static ObjectNode runSchedule(JsonNode schedule, JsonNode budget) {
		ObjectNode run = NODES.objectNode();
		run.put("start", epochMillis(schedule.path("start").asText(budget.path("start").asText())));
		run.put("end", epochMillis(schedule.path("end").asText(budget.path("end").asText())));
		return run;
	}

	private static long epochMillis(String date) {
		return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}
}
