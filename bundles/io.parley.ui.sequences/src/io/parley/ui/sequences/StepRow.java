package io.parley.ui.sequences;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleScope;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.SequenceGraph;
import io.parley.sequences.Step;
import io.parley.sequences.WorstCase;
import io.parley.sequences.plan.PlanReport;
import io.parley.ui.editors.DocumentDiagnostics;
import io.parley.ui.editors.NumberField;

/**
 * One step on the Steps page: what it sends and when, its message with counters of the longest
 * reader's length against LinkedIn's limits, the people expected, its waits, and its problems.
 */
final class StepRow {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final StepsPage page;
	private final int index;
	private final Label heading;
	private final Label message;
	private final Label problems;

	StepRow(StepsPage page, FormToolkit toolkit, Composite parent, int index, Step step) {
		this.page = page;
		this.index = index;
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(4, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		heading = toolkit.createLabel(row, "", SWT.WRAP);
		heading.setFont(parent.getDisplay().getSystemFont());
		heading.setLayoutData(span(4));
		message = toolkit.createLabel(row, "", SWT.WRAP);
		message.setLayoutData(span(4));
		if (!step.isFirst() || step.waitDays() > 0) {
			NumberField.create(page, toolkit, row, step.pointer() + "/waitDays", "Wait (days)");
		}
		if (step.outcome() != null && step.outcome().needsDays()) {
			NumberField.create(page, toolkit, row, step.pointer() + "/follows/afterDays", "No answer after (days)");
		}
		problems = toolkit.createLabel(row, "", SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		problems.setLayoutData(span(4));
	}

	private static GridData span(int columns) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
		data.widthHint = 200;
		return data;
	}

	void refresh(PlannedSequence planned, List<Diagnostic> found) {
		Step step = planned.sequence().steps().get(index);
		SequenceGraph graph = new SequenceGraph(planned.sequence());
		String people = planned.plan().flatMap(plan -> plan.forecast(step)).map(f -> ", " + PlanReport.people(f.people()) + " people").orElse("");
		heading.setText(step.id() + ": " + step.label() + ", day " + graph.dayOf(step) + (step.condition().isEmpty() ? "" : ", " + step.condition())
				+ people);
		message.setText(messageText(planned, step));
		String pointer = step.pointer();
		problems.setText(String.join("\n", found.stream().filter(d -> DocumentDiagnostics.isWithin(d.path(), pointer)).map(Diagnostic::message).toList()));
	}

	private String messageText(PlannedSequence planned, Step step) {
		if (step.message().isEmpty()) {
			return step.task().isEmpty() ? "No message yet" : "Task: " + step.task();
		}
		Optional<JsonNode> document = read(step.message());
		if (document.isEmpty()) {
			return step.message() + " (not found)";
		}
		StringBuilder text = new StringBuilder(step.message());
		Optional<MessageFormat> format = step.touch().format();
		for (String field : new String[] { "subject", "body" }) {
			String value = document.get().path(field).asText("");
			if (!value.isEmpty() && format.isPresent()) {
				int length = WorstCase.length(value, planned.ruleSet());
				text.append(String.format(Locale.ROOT, "  ·  %s %,d", field, length));
				limit(planned, format.get(), field).ifPresent(max -> text.append(String.format(Locale.ROOT, " / %,d", max)));
			}
		}
		String body = document.get().path("body").asText("");
		if (!body.isEmpty()) {
			text.append("\n").append(body.length() > 160 ? body.substring(0, 160) + "…" : body);
		}
		return text.toString();
	}

	/** LinkedIn's limit on the field of this format: the smallest error limit of the rule set's length rules on it. */
	private static Optional<Integer> limit(PlannedSequence planned, MessageFormat format, String field) {
		return planned.ruleSet().rulesFor(format, RuleScope.CONTENT).stream()
				.filter(rule -> rule.check().equals("maxLength") && rule.severity() == io.parley.model.rules.Severity.ERROR)
				.filter(rule -> rule.fields().contains("/" + field)).map(StepRow::max).min(Integer::compare);
	}

	private static int max(Rule rule) {
		return rule.intParam("max");
	}

	private Optional<JsonNode> read(String file) {
		try {
			return Optional.of(JSON.readTree(page.editor().folder().resolve(file).toFile()));
		} catch (java.io.IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
