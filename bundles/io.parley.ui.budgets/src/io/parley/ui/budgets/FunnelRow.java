package io.parley.ui.budgets;

import java.util.List;
import java.util.function.Function;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.Range;

/** One line of the forecast funnel: what it is called, its range in a forecast, and whether it is money. */
record FunnelRow(String label, Function<BudgetForecast, Range> figure, boolean money) {

	static final List<FunnelRow> ALL = List.of(
			new FunnelRow("Sends", BudgetForecast::sends, false),
			new FunnelRow("Opens", BudgetForecast::opens, false),
			new FunnelRow("Clicks", BudgetForecast::clicks, false),
			new FunnelRow("Replies", BudgetForecast::replies, false),
			new FunnelRow("Leads", BudgetForecast::leads, false),
			new FunnelRow("Cost per open", BudgetForecast::costPerOpen, true),
			new FunnelRow("Cost per click", BudgetForecast::costPerClick, true),
			new FunnelRow("Cost per lead", BudgetForecast::costPerLead, true));

	/** The counting rows, which the chart draws; costs have another scale. */
	static List<FunnelRow> counts() {
		return ALL.stream().filter(row -> !row.money()).toList();
	}

	String format(BudgetForecast forecast, String currency) {
		Range range = figure.apply(forecast);
		return money ? Figures.money(range, currency) : Figures.count(range);
	}
}
