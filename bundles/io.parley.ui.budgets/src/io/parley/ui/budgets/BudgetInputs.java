package io.parley.ui.budgets;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.BudgetUse;
import io.parley.model.results.ChosenRates;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;

/**
 * The budget as the forecast sees it: the document now, the campaign beside it that uses it (for
 * the format and the audience size), and the format the user chose to look at when no campaign
 * says. The campaign is looked up again after every change, since it or its audience may
 * have changed too.
 */
public final class BudgetInputs {

	private final BudgetEditor editor;
	private MessageFormat chosenFormat;
	private Optional<BudgetUse> use;

	BudgetInputs(BudgetEditor editor) {
		this.editor = editor;
		editor.diagnostics().addListener(() -> use = null);
	}

	public RuleSet rules() {
		return editor.diagnostics().context().ruleSet();
	}

	public BudgetPlan plan() {
		return new BudgetPlan(editor.editing().document().root(), rules());
	}

	public Optional<BudgetUse> use() {
		if (use == null) {
			use = BudgetUse.find(budgetFile());
		}
		return use;
	}

	public Path budgetFile() {
		return Path.of(editor.file().getLocation().toOSString());
	}

	/** The campaign's format, unless the user picked another to compare. */
	public MessageFormat format() {
		if (chosenFormat != null) {
			return chosenFormat;
		}
		return use().map(BudgetUse::format).orElse(MessageFormat.MESSAGE_AD);
	}

	void chooseFormat(MessageFormat format) {
		this.chosenFormat = format;
	}

	public long audienceSize() {
		return use().map(BudgetUse::audienceSize).orElse(0L);
	}

	public Optional<BudgetForecast> forecast(double total) {
		return plan().forecast(total, format(), audienceSize(), rates().rates());
	}

	/** The rates the forecast uses, with their source: the rule set's benchmarks or a campaign's observed rates. */
	public ChosenRates rates() {
		return ChosenRates.of(editor.editing().document().root(), budgetFile().getParent(), rules(), format());
	}

	public String currency() {
		return editor.editing().document().text("/currency").isBlank() ? "USD" : editor.editing().document().text("/currency");
	}

	/** One line on where the forecast's format and audience come from. */
	public String basis() {
		return use().map(use -> String.format(Locale.ROOT, "For %s (%s) to %s, %s", use.campaign(), use.format().label(),
				use.audience().isEmpty() ? "no audience" : use.audience(),
				use.audienceSize() > 0 ? String.format(Locale.ROOT, "%,d members", use.audienceSize()) : "size unknown"))
				.orElse("No campaign uses this budget yet: the forecast assumes an audience large enough for every send");
	}
}
