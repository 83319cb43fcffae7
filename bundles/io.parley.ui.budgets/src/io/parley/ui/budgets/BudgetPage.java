package io.parley.ui.budgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.Range;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;
import io.parley.ui.editors.SectionClient;
import io.parley.ui.editors.TextField;

/** The budget's money and flight on the left (or above), what it buys on the right (or below). */
final class BudgetPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.budgets.budget";

	private ForecastSection forecast;
	private NumberField total;
	private Button costDefaults;

	BudgetPage(BudgetEditor editor) {
		super(editor, ID, "Budget");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		Composite fields = section(toolkit, body, "Budget", "Money, flight dates and the cost of one send.");
		TextField.create(this, toolkit, fields, "/name", "Name");
		TextField.create(this, toolkit, fields, "/currency", "Currency");
		total = NumberField.create(this, toolkit, fields, "/total", "Total budget");
		NumberField.create(this, toolkit, fields, "/daily", "Daily budget");
		TextField.create(this, toolkit, fields, "/start", "Starts (YYYY-MM-DD)");
		TextField.create(this, toolkit, fields, "/end", "Ends (YYYY-MM-DD)");
		NumberField.create(this, toolkit, fields, "/costPerSend/low", "Cost per send, low");
		NumberField.create(this, toolkit, fields, "/costPerSend/high", "Cost per send, high");
		costDefaults = toolkit.createButton(fields, "Cost per send from the rule set", SWT.PUSH);
		costDefaults.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
		costDefaults.addListener(SWT.Selection, e -> useRuleSetCost());

		Composite outcome = section(toolkit, body, "Forecast", "What the budget buys, as ranges from the rates chosen below.");
		forecast = new ForecastSection(this, toolkit, outcome);
	}

	ForecastSection forecast() {
		return forecast;
	}

	NumberField total() {
		return total;
	}

	Button costDefaults() {
		return costDefaults;
	}

	private BudgetEditor budgetEditor() {
		return (BudgetEditor) editor();
	}

	private void useRuleSetCost() {
		BudgetInputs inputs = budgetEditor().inputs();
		Range cost = BudgetPlan.defaultCostPerSend(inputs.rules(), inputs.format());
		ObjectNode value = JsonNodeFactory.instance.objectNode();
		value.put("low", cost.low());
		value.put("high", cost.high());
		editing().set("Cost per send of a " + inputs.format().label(), "/costPerSend", value);
	}

	static Composite section(FormToolkit toolkit, Composite parent, String title, String description) {
		return SectionClient.create(toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION), toolkit, title, description, 2);
	}
}
