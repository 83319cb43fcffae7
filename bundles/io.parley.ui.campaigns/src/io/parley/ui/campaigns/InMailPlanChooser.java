package io.parley.ui.campaigns;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.JsonDocument;

/**
 * The InMail plan whose credits send the campaign ({@code "inMailPlan"}), chosen by the names
 * people know from the rule set ("Premium Career"); only an InMail campaign uses one.
 */
final class InMailPlanChooser {

	static final String POINTER = "/inMailPlan";
	static final String NO_PLAN = "(no plan)";

	private final OverviewPage page;
	private final Combo combo;
	private List<String> plans = List.of();

	InMailPlanChooser(OverviewPage page, FormToolkit toolkit, Composite parent) {
		this.page = page;
		toolkit.createLabel(parent, "InMail plan:");
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		combo.setToolTipText("The plan whose monthly InMail credits send this campaign");
		toolkit.adapt(combo);
		page.editor().fields().register(POINTER, combo, OverviewPage.ID);
		combo.addListener(SWT.Selection, e -> chosen());
	}

	private void chosen() {
		int index = combo.getSelectionIndex();
		String plan = index <= 0 ? null : plans.get(index - 1);
		String label = plan == null ? "Remove the InMail plan" : "Choose the " + combo.getText() + " plan";
		page.editing().set(label, POINTER, JsonDocument.textNode(plan));
	}

	/** Shows the choices and the campaign's choice; its section calls this after every check. */
	void show() {
		RuleSet rules = page.editor().diagnostics().context().ruleSet();
		String current = page.editing().document().text(POINTER);
		List<String> known = new ArrayList<>(InMailCreditLedger.plans(rules));
		if (!current.isEmpty() && !known.contains(current)) {
			known.add(current);
		}
		plans = known;
		List<String> items = new ArrayList<>(List.of(NO_PLAN));
		known.forEach(plan -> items.add(InMailCreditLedger.label(rules, plan)));
		if (!items.equals(List.of(combo.getItems()))) {
			combo.setItems(items.toArray(String[]::new));
		}
		combo.select(current.isEmpty() ? 0 : known.indexOf(current) + 1);
		boolean inMail = MessageFormat.of(page.editing().document().text("/format")).filter(f -> f == MessageFormat.INMAIL).isPresent();
		combo.setEnabled(inMail || !current.isEmpty());
	}
}
