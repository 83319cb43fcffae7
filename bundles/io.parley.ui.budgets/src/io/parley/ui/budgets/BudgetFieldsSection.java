package io.parley.ui.budgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.Range;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleySection;
import io.parley.ui.editors.TextField;

/** The budget's money, flight dates and cost per send, which can come from the rule set. */
final class BudgetFieldsSection extends ParleySection {

	private final BudgetPage page;
	private final NumberField total;
	private final Button costDefaults;

	BudgetFieldsSection(BudgetPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Budget", "Money, flight dates and the cost of one send.", 2, Refresh.ON_REQUEST);
		this.page = page;
		Composite fields = client();
		TextField.create(page, toolkit, fields, "/name", "Name");
		TextField.create(page, toolkit, fields, "/currency", "Currency");
		total = NumberField.create(page, toolkit, fields, "/total", "Total budget");
		NumberField.create(page, toolkit, fields, "/daily", "Daily budget");
		TextField.create(page, toolkit, fields, "/start", "Starts (YYYY-MM-DD)");
		TextField.create(page, toolkit, fields, "/end", "Ends (YYYY-MM-DD)");
		NumberField.create(page, toolkit, fields, "/costPerSend/low", "Cost per send, low");
		NumberField.create(page, toolkit, fields, "/costPerSend/high", "Cost per send, high");
		costDefaults = toolkit.createButton(fields, "Cost per send from the rule set", SWT.PUSH);
		costDefaults.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
		costDefaults.addListener(SWT.Selection, e -> useRuleSetCost());
	}

	NumberField total() {
		return total;
	}

	Button costDefaults() {
		return costDefaults;
	}

	private void useRuleSetCost() {
		BudgetInputs inputs = ((BudgetEditor) page.editor()).inputs();
		Range cost = BudgetPlan.defaultCostPerSend(inputs.rules(), inputs.format());
		ObjectNode value = JsonNodeFactory.instance.objectNode();
		value.put("low", cost.low());
		value.put("high", cost.high());
		page.editing().set("Cost per send of a " + inputs.format().label(), "/costPerSend", value);
	}
}
