package io.parley.ui.budgets;

import org.eclipse.ui.PartInitException;

import io.parley.ui.editors.ParleyFormEditor;

/** The editor of a {@code NAME.budget.json}: the budget and its forecast, scenarios side by side, an InMail credit plan. */
public final class BudgetEditor extends ParleyFormEditor {

	public static final String ID = "io.parley.ui.budgets.editor";

	private BudgetInputs inputs;

	@Override
	protected void addDocumentPages() throws PartInitException {
		inputs = new BudgetInputs(this);
		addPage(new BudgetPage(this));
		addPage(new ScenariosPage(this));
		addPage(new InMailPlanPage(this));
	}

	/** What the forecast of this budget depends on beyond the document: the campaign, its format and audience. */
	public BudgetInputs inputs() {
		return inputs;
	}
}
