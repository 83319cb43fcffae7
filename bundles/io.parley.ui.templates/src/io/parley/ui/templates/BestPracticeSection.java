package io.parley.ui.templates;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.ui.editors.ParleyFormEditor;
import io.parley.ui.editors.ParleySection;

/**
 * The rule set's advice that applies to this message now, in plain words with the documents it
 * comes from, each wrapped to the column's width; click one to go to its field.
 */
final class BestPracticeSection extends ParleySection {

	private static final Color MUTED = new Color(102, 102, 102);
	/** A small preferred width, so advice wraps to the column instead of widening it. */
	private static final int WRAPPING_WIDTH = 100;

	private final MessagePage page;
	private final ParleyFormEditor editor;
	private final FormToolkit toolkit;
	private List<Diagnostic> shown;

	BestPracticeSection(MessagePage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Best Practice",
				"What marketing guides and LinkedIn Help recommend. The message can still be sent. Click advice to go to its field.", 1, Refresh.AFTER_EVERY_CHECK);
		this.page = page;
		this.editor = page.editor();
		this.toolkit = toolkit;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		refresh();
	}

	@Override
	public void refresh() {
		super.refresh();
		List<Diagnostic> advice = editor.diagnostics().all().stream().filter(d -> d.severity() != Severity.ERROR).toList();
		if (advice.equals(shown)) {
			return;
		}
		Point before = client().getSize();
		if (shown == null || shown.size() != advice.size() || advice.isEmpty()) {
			rebuild(advice);
		} else {
			Control[] rows = client().getChildren();
			for (int i = 0; i < advice.size(); i++) {
				show((Hyperlink) rows[2 * i], (Label) rows[2 * i + 1], advice.get(i));
			}
		}
		shown = advice;
		if (client().computeSize(before.x, SWT.DEFAULT, true).y == before.y) {
			client().layout(true, true);
		} else {
			page.getManagedForm().getForm().reflow(true);
		}
	}

	private void rebuild(List<Diagnostic> advice) {
		for (Control row : client().getChildren()) {
			row.dispose();
		}
		if (advice.isEmpty()) {
			wrapping(toolkit.createLabel(client(), "The message follows every best practice of the rule set.", SWT.WRAP), 0);
		}
		for (Diagnostic each : advice) {
			Hyperlink link = toolkit.createHyperlink(client(), "", SWT.WRAP);
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					Diagnostic diagnostic = (Diagnostic) e.getHref();
					editor.fields().reveal(diagnostic.path(), diagnostic.start(), diagnostic.end());
				}
			});
			wrapping(link, 0);
			Label source = toolkit.createLabel(client(), "", SWT.WRAP);
			source.setForeground(MUTED);
			wrapping(source, 12);
			show(link, source, each);
		}
	}

	private void show(Hyperlink link, Label source, Diagnostic advice) {
		link.setText(advice.message());
		link.setHref(advice);
		RuleSet rules = editor.diagnostics().context().ruleSet();
		String titles = rules.rule(advice.ruleId()).map(rules::sourceTitles).orElse("");
		source.setText(titles.isEmpty() ? "" : "Source: " + titles);
	}

	private static void wrapping(Control control, int indent) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = WRAPPING_WIDTH;
		data.horizontalIndent = indent;
		control.setLayoutData(data);
	}
}
