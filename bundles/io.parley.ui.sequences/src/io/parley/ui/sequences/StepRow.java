package io.parley.ui.sequences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleScope;
import io.parley.model.validation.Diagnostic;
import io.parley.sequences.SequenceEdits;
import io.parley.sequences.SequenceEdits.Follow;
import io.parley.sequences.SequenceGraph;
import io.parley.sequences.Step;
import io.parley.sequences.Touch;
import io.parley.sequences.plan.PlanReport;
import io.parley.ui.editors.DocumentDiagnostics;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.TextField;

/**
 * One step on the Steps page: what it sends and when, its message with counters of the longest
 * reader's length against LinkedIn's limits, the people expected, its waits, and its problems; and
 * the step's place in the sequence (the outcome it follows), its template, and Remove. Each change is
 * one undoable edit of the document, made once the widget's own event is over (the row is rebuilt
 * when the steps change shape).
 */
final class StepRow {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final StepsPage page;
	private final int index;
	private final Label heading;
	private final Label message;
	private final Combo follows;
	private final List<Follow> followChoices;
	private final Combo template;
	private final Button remove;
	private final Label problems;

	StepRow(StepsPage page, FormToolkit toolkit, Composite parent, int index, PlannedSequence planned) {
		this.page = page;
		this.index = index;
		Step step = planned.sequence().steps().get(index);
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(1, false));
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		heading = toolkit.createLabel(row, "", SWT.WRAP);
		heading.setFont(parent.getDisplay().getSystemFont());
		heading.setLayoutData(wrapping());
		message = toolkit.createLabel(row, "", SWT.WRAP);
		message.setLayoutData(wrapping());

		Composite choices = toolkit.createComposite(row);
		RowLayout flow = new RowLayout(SWT.HORIZONTAL);
		flow.wrap = true;
		flow.center = true;
		flow.marginLeft = 0;
		flow.spacing = 12;
		choices.setLayout(flow);
		choices.setLayoutData(wrapping());
		Composite after = pair(toolkit, choices);
		toolkit.createLabel(after, "After:");
		followChoices = new ArrayList<>(SequenceEdits.choices(planned.sequence(), step));
		if (!followChoices.contains(Follow.of(step))) {
			followChoices.add(0, Follow.of(step));
		}
		follows = combo(toolkit, after, followChoices.stream().map(Follow::label).toList());
		follows.select(followChoices.indexOf(Follow.of(step)));
		follows.setToolTipText("The outcome this step waits for: the step before and what came of it");
		follows.addListener(SWT.Selection, e -> later(this::followChosen));
		Composite sends = pair(toolkit, choices);
		if (step.touch() == Touch.TASK) {
			TextField.create(page, toolkit, sends, step.pointer() + "/task", "Task");
			template = null;
		} else {
			toolkit.createLabel(sends, step.touch() == Touch.CONVERSATION_AD ? "Flow:" : "Template:");
			template = combo(toolkit, sends, List.of());
			template.addListener(SWT.Selection, e -> later(this::templateChosen));
		}
		if (!step.isFirst() || step.waitDays() > 0) {
			NumberField.create(page, toolkit, pair(toolkit, choices), step.pointer() + "/waitDays", "Wait (days)");
		}
		if (step.outcome() != null && step.outcome().needsDays()) {
			NumberField.create(page, toolkit, pair(toolkit, choices), step.pointer() + "/follows/afterDays", "No answer after (days)");
		}
		remove = toolkit.createButton(choices, "Remove step", SWT.PUSH);
		remove.setToolTipText("Removes " + step.id() + "; the steps after it take its place");
		remove.addListener(SWT.Selection, e -> later(this::removeStep));
		problems = toolkit.createLabel(row, "", SWT.WRAP);
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		problems.setLayoutData(wrapping());
	}

	/** A caption and its field, kept together on one line while the step's choices wrap to the page's width. */
	private static Composite pair(FormToolkit toolkit, Composite choices) {
		Composite pair = toolkit.createComposite(choices);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		pair.setLayout(layout);
		return pair;
	}

	/** A drop-down as wide as its longest choice, so no choice shows cut off. */
	private static Combo combo(FormToolkit toolkit, Composite pair, List<String> items) {
		Combo combo = new Combo(pair, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		combo.setItems(items.toArray(String[]::new));
		combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return combo;
	}

	/** Fills the row's width and wraps to it, without asking the page for more than a narrow editor has. */
	private static GridData wrapping() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		return data;
	}

	/** The combo of what the step follows, for tests that choose as a person does. */
	Combo follows() {
		return follows;
	}

	/** The combo of the step's template or flow; empty for a task. */
	Optional<Combo> template() {
		return Optional.ofNullable(template);
	}

	Button remove() {
		return remove;
	}

	private Step step() {
		return page.sequenceEditor().planned().sequence().steps().get(index);
	}

	/** Runs an edit once the widget's event is over, unless the page has gone by then. */
	private void later(Runnable edit) {
		heading.getDisplay().asyncExec(() -> {
			if (!heading.isDisposed()) {
				edit.run();
			}
		});
	}

	private void followChosen() {
		Step step = step();
		Follow chosen = followChoices.get(follows.getSelectionIndex());
		page.editing().set("Put " + step.id() + " after " + chosen.label(), step.pointer() + "/follows",
				SequenceEdits.follows(chosen, step.afterDays()));
	}

	private void templateChosen() {
		Step step = step();
		String file = template.getItem(template.getSelectionIndex());
		page.editing().set("Send " + file + " at " + step.id(), step.pointer() + "/message", TextNode.valueOf(file));
	}

	private void removeStep() {
		String id = step().id();
		page.editing().set("Remove step " + id, "/steps", SequenceEdits.removed(page.editing().document().root(), id));
	}

	void refresh(PlannedSequence planned, List<Diagnostic> found) {
		Step step = planned.sequence().steps().get(index);
		SequenceGraph graph = new SequenceGraph(planned.sequence());
		String people = planned.plan().flatMap(plan -> plan.forecast(step)).map(f -> ", " + PlanReport.people(f.people()) + " people").orElse("");
		heading.setText(step.id() + ": " + step.label() + ", day " + graph.dayOf(step) + (step.condition().isEmpty() ? "" : ", " + step.condition())
				+ people);
		message.setText(messageText(planned, step));
		if (template != null) {
			showTemplates(step);
		}
		String pointer = step.pointer();
		problems.setText(String.join("\n", found.stream().filter(d -> DocumentDiagnostics.isWithin(d.path(), pointer)).map(Diagnostic::message).toList()));
	}

	/** The templates (or flows) beside the sequence, with the step's own selected, named even when it is missing. */
	private void showTemplates(Step step) {
		List<String> files = new ArrayList<>(files(step.touch() == Touch.CONVERSATION_AD ? "flow" : "template"));
		if (!step.message().isEmpty() && !files.contains(step.message())) {
			files.add(0, step.message());
		}
		if (!files.equals(List.of(template.getItems()))) {
			template.setItems(files.toArray(String[]::new));
			template.requestLayout();
		}
		int selected = files.indexOf(step.message());
		if (selected < 0) {
			template.deselectAll();
		} else if (template.getSelectionIndex() != selected) {
			template.select(selected);
		}
	}

	private List<String> files(String kindId) {
		Optional<String> suffix = DocumentKindRegistry.getDefault().byId(kindId).map(DocumentKindDescriptor::suffix);
		Path folder = page.editor().folder();
		if (suffix.isEmpty() || folder == null) {
			return List.of();
		}
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(suffix.get()) && name.length() > suffix.get().length())
					.sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
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
				int length = new MessageRenderer(planned.ruleSet()).longestLength(value);
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
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
