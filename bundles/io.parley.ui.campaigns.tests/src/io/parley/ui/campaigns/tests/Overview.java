package io.parley.ui.campaigns.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Hyperlink;

import io.parley.ui.campaigns.CampaignEditor;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/** The campaign overview's checklist and problems list as a person reads them. */
final class Overview {

	static final String DONE = "\u2714";
	static final String TO_DO = "\u2718";

	private Overview() {
	}

	/** One step of the checklist as it reads: its mark, its title and what the documents say. */
	record Step(String mark, String title, String detail) {
	}

	/** One listed problem: its severity, the document it is in, what it says, and the link to it. */
	record Problem(String severity, String document, String message, Hyperlink link) {
	}

	/** The checklist's row of {@code step}. */
	static Step row(CampaignEditor editor, String step) {
		Label title = Widgets.all(body(editor), Label.class, l -> l.getText().equals(step)).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no step " + step));
		List<Control> cells = Arrays.asList(title.getParent().getChildren());
		int at = cells.indexOf(title);
		return new Step(((Label) cells.get(at - 1)).getText(), step, ((Label) cells.get(at + 1)).getText());
	}

	/** The problems as listed: each row a severity and a link reading "document: message". */
	static List<Problem> problems(CampaignEditor editor) {
		List<Problem> problems = new ArrayList<>();
		for (Hyperlink link : Widgets.all(body(editor), Hyperlink.class, h -> h.getText().contains(": "))) {
			List<Control> cells = Arrays.asList(link.getParent().getChildren());
			String severity = ((Label) cells.get(cells.indexOf(link) - 1)).getText();
			int colon = link.getText().indexOf(": ");
			problems.add(new Problem(severity, link.getText().substring(0, colon), link.getText().substring(colon + 2), link));
		}
		return problems;
	}

	/** A click with the left button inside the link, as the mouse makes it. */
	static void click(Hyperlink link) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.x = 2;
			event.y = 2;
			link.notifyListeners(type, event);
		}
		UiWait.idle();
	}

	private static Composite body(CampaignEditor editor) {
		return editor.getActivePageInstance().getManagedForm().getForm().getBody();
	}
}
