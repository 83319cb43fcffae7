package io.parley.ui.campaigns;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.campaign.CampaignParts;
import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.FrequencyCap;
import io.parley.model.forecast.Range;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.ParleySection;

/** What the budget buys for this audience, as low-high ranges from the rule set's benchmarks. */
final class ForecastSection extends ParleySection {

	private final OverviewPage page;
	private final Label summary;

	ForecastSection(OverviewPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Forecast",
				"From the rule set's benchmarks, or the rates a campaign that ran observed; the budget editor shows the full funnel.", 1, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		summary = toolkit.createLabel(client(), "", SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refresh();
	}

	@Override
	public void refresh() {
		CampaignParts parts = page.campaignEditor().parts();
		RuleSet rules = page.editor().diagnostics().context().ruleSet();
		summary.setText(text(parts, rules));
		summary.getParent().layout(true, true);
		super.refresh();
	}

	/** The forecast in a few lines, or what is missing to make one. */
	static String text(CampaignParts parts, RuleSet rules) {
		Optional<BudgetForecast> forecast = parts.forecast(rules);
		if (forecast.isEmpty()) {
			return "Choose a budget with a total, a cost per send and flight dates to see a forecast.";
		}
		BudgetForecast f = forecast.get();
		StringBuilder text = new StringBuilder();
		if (parts.audienceSize() > 0) {
			FrequencyCap cap = new FrequencyCap(rules);
			text.append("Reachable: ").append(range(cap.reach(parts.audienceSize()))).append(" of ")
					.append(String.format(Locale.ROOT, "%,d", parts.audienceSize())).append(" members (")
					.append(cap.windowDays()).append("-day frequency cap, competitive blocking)\n");
		}
		text.append("Sends: ").append(range(f.sends())).append(" over ").append(parts.flightDays()).append(" days\n");
		text.append("Opens: ").append(range(f.opens())).append("   Clicks: ").append(range(f.clicks())).append('\n');
		text.append("Replies: ").append(range(f.replies())).append("   Leads: ").append(range(f.leads())).append('\n');
		text.append("Rates: ").append(parts.rates(rules).source());
		return text.toString();
	}

	private static String range(Range range) {
		return String.format(Locale.ROOT, "%,d-%,d", Math.round(range.low()), Math.round(range.high()));
	}
}
