package io.parley.ui.budgets;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;

/** The budget's money and flight on the left (or above), what it buys on the right (or below). */
final class BudgetPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.budgets.budget";

	private BudgetFieldsSection fields;
	private ForecastSection forecast;

	BudgetPage(BudgetEditor editor) {
		super(editor, ID, "Budget");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		fields = new BudgetFieldsSection(this, body, toolkit);
		forecast = new ForecastSection(this, body, toolkit);
	}

	ForecastSection forecast() {
		return forecast;
	}

	NumberField total() {
		return fields.total();
	}

	Button costDefaults() {
		return fields.costDefaults();
	}
}
