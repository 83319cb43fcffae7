package io.parley.ui.updates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/**
 * Help > Check for Updates when the product's update site cannot be reached: the studio knows
 * Parley's site from its branding (https://updates.parley.io/studio/, where nothing is hosted), and
 * what it says must name the site and why, without a stack trace on the screen or in the log.
 */
class CheckForUpdatesTest {

	private static final String PARLEY_SITE = "updates.parley.io";
	private static final long LIMIT_MILLIS = 120_000;

	private final List<String> said = new CopyOnWriteArrayList<>();
	private final List<String> answered = new CopyOnWriteArrayList<>();
	private volatile boolean watching = true;

	@Test
	void checkForUpdatesSaysPlainlyThatTheUpdateSiteCannotBeReached() throws Exception {
		assertTrue(Installation.canBeUpdated(ProvisioningUI.getDefaultUI()), "the test's studio has a p2 profile");
		Shell studio = Workbench.shell();
		Rectangle original = studio.getBounds();
		studio.setBounds(0, 0, 1274, 831);
		try (LoggedErrors errors = LoggedErrors.watch()) {
			answerDialogs(studio, System.currentTimeMillis() + LIMIT_MILLIS);
			Menus.select("Help", "Check for Updates");
			UiWait.until(() -> said.stream().anyMatch(text -> text.contains(PARLEY_SITE)), LIMIT_MILLIS);
			// whatever else the check says comes in dialogs: each is read and answered before the checks below
			UiWait.until(() -> Arrays.stream(studio.getDisplay().getShells()).noneMatch(s -> s != studio && s.isVisible()), LIMIT_MILLIS);
			UiWait.idle();
			String everything = String.join("\n", said);
			assertTrue(everything.contains(PARLEY_SITE), "the studio names the site it could not reach: " + everything);
			assertFalse(everything.contains("Exception") || everything.contains("\tat "), "no stack trace on the screen: " + everything);
			assertFalse(everything.contains("No updates found"), "it does not claim there are no updates where it could not look: " + everything);
			errors.assertNone("checking for updates on a site that cannot be reached");
		} finally {
			watching = false;
			Dialogs.closeAllOver(studio);
			studio.setBounds(original);
			UiWait.idle();
		}
	}

	/**
	 * Reads each dialog that opens, takes its picture, and closes it as a person would, with Close or
	 * OK; a progress window is left to finish.
	 */
	private void answerDialogs(Shell studio, long deadline) {
		Display display = studio.getDisplay();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell != studio && Widgets.all(shell, ProgressBar.class, bar -> bar.isVisible()).isEmpty()) {
						answer(shell, studio);
					}
				}
				if (watching && System.currentTimeMillis() < deadline) {
					display.timerExec(200, this);
				}
			}
		});
	}

	private void answer(Shell dialog, Shell studio) {
		List<String> texts = new ArrayList<>(List.of(dialog.getText()));
		Widgets.all(dialog, Label.class, label -> label.isVisible()).forEach(label -> texts.add(label.getText()));
		Widgets.all(dialog, Text.class, text -> text.isVisible()).forEach(text -> texts.add(text.getText()));
		Widgets.all(dialog, StyledText.class, text -> text.isVisible()).forEach(text -> texts.add(text.getText()));
		said.addAll(texts);
		try {
			Screenshots.save(studio, "check-for-updates-" + answered.size());
		} catch (Exception e) {
			said.add("no screenshot: " + e);
		}
		for (String choice : List.of("Close", "OK", "No", "Cancel")) {
			List<Button> buttons = Widgets.all(dialog, Button.class, b -> b.isVisible() && b.getText().replace("&", "").equals(choice));
			if (!buttons.isEmpty()) {
				answered.add(dialog.getText() + ": " + choice);
				Widgets.click(buttons.get(0));
				return;
			}
		}
		answered.add(dialog.getText() + ": closed");
		dialog.close();
	}
}
