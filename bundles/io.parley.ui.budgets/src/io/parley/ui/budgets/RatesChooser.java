package io.parley.ui.budgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.files.DocumentKind;
import io.parley.model.results.ChosenRates;
import io.parley.model.results.ObservedRates;
import io.parley.ui.editors.JsonDocument;

/**
 * Which rates the forecast uses: the rule set's benchmarks, or those a campaign of the workspace
 * observed once it ran ({@code "rates": "webinar-q4.campaign.json"}), each choice shown with its
 * source ("observed in webinar-q4, 2026-12").
 */
final class RatesChooser {

	private static final String POINTER = "/rates";

	private final BudgetPage page;
	private final Combo combo;
	/** Each choice as shown, with the campaign file it names; the benchmarks name none. */
	private final Map<String, String> campaigns = new LinkedHashMap<>();

	RatesChooser(BudgetPage page, FormToolkit toolkit, Composite parent) {
		this.page = page;
		toolkit.createLabel(parent, "Rates:");
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.adapt(combo);
		page.editor().fields().register(POINTER, combo, BudgetPage.ID);
		combo.addListener(SWT.Selection, e -> chosen());
	}

	Combo control() {
		return combo;
	}

	private void chosen() {
		String campaign = campaigns.getOrDefault(combo.getText(), "");
		if (!campaign.equals(page.editing().document().text(POINTER))) {
			page.editing().set(campaign.isEmpty() ? "Forecast with the rule set's benchmarks" : "Forecast with the rates "
					+ combo.getText(), POINTER, campaign.isEmpty() ? null : JsonDocument.textNode(campaign));
		}
	}

	/** Shows the rule set's benchmarks and the rates each campaign beside the budget observed, the budget's choice chosen. */
	void show() {
		campaigns.clear();
		campaigns.put(ChosenRates.BENCHMARKS, "");
		observedBeside().forEach(campaigns::put);
		String current = page.editing().document().text(POINTER);
		if (!current.isEmpty() && !campaigns.containsValue(current)) {
			campaigns.put("rates observed in " + current + " (its results cannot be read)", current);
		}
		List<String> items = new ArrayList<>(campaigns.keySet());
		if (!Arrays.asList(combo.getItems()).equals(items)) {
			combo.setItems(items.toArray(String[]::new));
		}
		combo.select(Math.max(0, new ArrayList<>(campaigns.values()).indexOf(current)));
	}

	/** The campaigns beside the budget whose results report sends, by the source of their rates. */
	private Map<String, String> observedBeside() {
		Map<String, String> observed = new LinkedHashMap<>();
		Path folder = Path.of(page.editor().file().getParent().getLocation().toOSString());
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> DocumentKind.CAMPAIGN.names(f.getFileName().toString())).sorted().toList()) {
				rates(file).ifPresent(rates -> observed.put(rates.source(), file.getFileName().toString()));
			}
		} catch (IOException e) {
			return observed;
		}
		return observed;
	}

	private static Optional<ObservedRates> rates(Path campaign) {
		try {
			return ChosenRates.observed(campaign);
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
