package io.parley.ui.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.parley.ui.tests.support.Dialogs;
import io.parley.ui.tests.support.LoggedErrors;
import io.parley.ui.tests.support.Menus;
import io.parley.ui.tests.support.Screenshots;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;
import io.parley.ui.tests.support.Workbench;

/**
 * Help > Install New Software... as a person uses it: the update site the build made is added, the
 * example plugin ticked, its license accepted, its unsigned content trusted, and the studio's
 * installation gets the plugin; p2's question to restart now is answered No (later).
 */
class InstallNewSoftwareTest {

	private static final String EXAMPLE_FEATURE = "io.parley.examples.feature.feature.group";
	private static final String EXAMPLE_PLUGIN = "io.parley.examples.bannedwords";
	private static final String EXAMPLE_LABEL = "Parley Example Plugin";
	/** Loading the site and resolving read a few hundred units; a loaded machine takes its time. */
	private static final long STEP_LIMIT_MILLIS = 120_000;

	private final List<String> seen = new CopyOnWriteArrayList<>();
	private final List<Throwable> failures = new CopyOnWriteArrayList<>();
	private volatile boolean watching = true;

	@Test
	void helpInstallNewSoftwareInstallsTheExamplePluginFromTheBuiltSite() throws Exception {
		ProvisioningUI ui = ProvisioningUI.getDefaultUI();
		assertTrue(Installation.canBeUpdated(ui), "the test's studio has a p2 profile (installed by p2's director in the build)");
		assertFalse(has(profile(ui), EXAMPLE_FEATURE), "the example plugin is not installed before");
		URI site = Path.of(System.getProperty("parley.updateSite")).normalize().toUri();
		Shell studio = Workbench.shell();
		Rectangle original = studio.getBounds();
		studio.setBounds(0, 0, 1274, 831);
		try (LoggedErrors errors = LoggedErrors.watch()) {
			answerWhileInstalling(studio.getDisplay(), System.currentTimeMillis() + 3 * STEP_LIMIT_MILLIS);
			Dialogs.whenOpen(Dialogs.titled("Install"), wizard -> guarded(wizard, () -> installExample(wizard, site)));
			Menus.select("Help", "Install New Software...");
			UiWait.until(() -> seen.contains("restart later") || !failures.isEmpty(), STEP_LIMIT_MILLIS + 10_000);
			assertEquals(List.of(), failures, "driving the wizard");
			assertTrue(seen.contains("Unsigned"), "p2 asked whether to trust the unsigned plugin: " + seen);
			assertTrue(seen.stream().anyMatch(text -> text.startsWith("Restart Parley")) && seen.contains("restart later"),
					"p2 asked to restart once the plugin was installed, and was told No (later): " + seen);

			IProfile after = profile(ui);
			assertTrue(has(after, EXAMPLE_FEATURE), "the studio's profile has the example feature");
			assertTrue(has(after, EXAMPLE_PLUGIN), "the studio's profile has the example plugin");
			Path installation = Path.of(after.getProperty(IProfile.PROP_INSTALL_FOLDER));
			try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
				assertTrue(plugins.anyMatch(p -> p.getFileName().toString().startsWith(EXAMPLE_PLUGIN + "_")),
						"the plugin's jar is in the installation's plugins folder");
			}
			String bundles = Files.readString(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
			assertTrue(bundles.contains(EXAMPLE_PLUGIN + ","), "the installation starts the plugin from its next start");
			errors.assertNone("installing the example plugin");
		} finally {
			watching = false;
			Dialogs.closeAllOver(studio);
			studio.setBounds(original);
			UiWait.idle();
		}
	}

	/** The wizard's pages: Available Software, Install Details, Review Licenses; then Finish. */
	private void installExample(Shell wizard, URI site) throws Exception {
		WizardDialog dialog = (WizardDialog) wizard.getData();
		Dialogs.whenOpen(Dialogs.titled("Add Repository"), add -> guarded(add, () -> addSite(add, site)));
		Widgets.click(Widgets.button(wizard, "Add..."));

		Tree software = Widgets.all(wizard, Tree.class, tree -> (tree.getStyle() & SWT.CHECK) != 0).get(0);
		TreeItem category = item(software, () -> software.getItems(), "Parley examples");
		Event expand = new Event();
		expand.item = category;
		software.notifyListeners(SWT.Expand, expand);
		category.setExpanded(true);
		TreeItem example = item(software, () -> category.getItems(), EXAMPLE_LABEL);
		example.setChecked(true);
		Event tick = new Event();
		tick.item = example;
		tick.detail = SWT.CHECK;
		software.notifyListeners(SWT.Selection, tick);
		UiWait.idle();
		Screenshots.save(Workbench.shell(), "install-1-available-software");

		next(wizard, dialog, "Install Details");
		Screenshots.save(Workbench.shell(), "install-2-install-details");
		next(wizard, dialog, "Review Licenses");
		Button accept = Widgets.all(wizard, Button.class, b -> b.isVisible() && b.getText().replace("&", "").startsWith("I accept the terms")).get(0);
		for (Button choice : Widgets.all(accept.getParent(), Button.class, b -> (b.getStyle() & SWT.RADIO) != 0)) {
			choice.setSelection(false);
		}
		Widgets.click(accept);
		UiWait.idle();
		Screenshots.save(Workbench.shell(), "install-3-review-licenses");
		Widgets.click(Widgets.button(wizard, "Finish"));
	}

	private void addSite(Shell add, URI site) {
		List<Text> fields = Widgets.all(add, Text.class, text -> text.isVisible());
		fields.get(0).setText("Parley (this build)");
		fields.get(1).setText(site.toString());
		UiWait.idle();
		Widgets.click(Widgets.button(add, "Add"));
	}

	private void next(Shell wizard, WizardDialog dialog, String page) {
		Button next = Widgets.button(wizard, "Next >");
		assertTrue(UiWait.until(next::isEnabled, STEP_LIMIT_MILLIS), "Next is enabled on " + dialog.getCurrentPage().getTitle());
		Widgets.click(next);
		assertTrue(UiWait.until(() -> page.equals(dialog.getCurrentPage().getTitle()) && Widgets.button(wizard, "Cancel").isEnabled(), STEP_LIMIT_MILLIS),
				"the wizard goes on to " + page + ", not " + dialog.getCurrentPage().getTitle() + " " + dialog.getCurrentPage().getErrorMessage());
		UiWait.idle();
	}

	private static TreeItem item(Tree tree, java.util.function.Supplier<TreeItem[]> items, String label) {
		assertTrue(UiWait.until(() -> Stream.of(items.get()).anyMatch(i -> i.getText().startsWith(label)), STEP_LIMIT_MILLIS),
				"the update site lists " + label + ": " + Stream.of(items.get()).map(TreeItem::getText).toList());
		return Stream.of(items.get()).filter(i -> i.getText().startsWith(label)).findFirst().orElseThrow();
	}

	/**
	 * p2's questions, answered from the event loop they run in as they appear: the product's own site,
	 * which nothing answers, is "not found" (kept: No); after Finish the install runs as a job and asks
	 * whether to trust the unsigned plugin, and once it is installed whether to restart.
	 */
	private void answerWhileInstalling(Display display, long deadline) {
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (!shell.isVisible()) {
						continue;
					}
					if ("Error Contacting Site".equals(shell.getText())) {
						guarded(shell, () -> keepSite(shell));
					} else if ("Trust Artifacts".equals(shell.getText()) && !seen.contains("Unsigned")) {
						guarded(shell, () -> trustUnsigned(shell));
					} else if ("Software Updates".equals(shell.getText())) {
						guarded(shell, () -> restartLater(shell));
						return;
					}
				}
				if (watching && System.currentTimeMillis() < deadline && failures.isEmpty()) {
					display.timerExec(100, this);
				}
			}
		});
	}

	private void keepSite(Shell notFound) {
		Widgets.all(notFound, Label.class, label -> true).forEach(label -> seen.add(label.getText()));
		Widgets.click(Widgets.button(notFound, "No"));
	}

	private void trustUnsigned(Shell trust) throws Exception {
		Table signers = Widgets.all(trust, Table.class, table -> (table.getStyle() & SWT.CHECK) != 0).get(0);
		for (TableItem row : signers.getItems()) {
			for (int column = 0; column < Math.max(1, signers.getColumnCount()); column++) {
				seen.add(row.getText(column));
			}
			row.setChecked(true);
			Event tick = new Event();
			tick.item = row;
			tick.detail = SWT.CHECK;
			signers.notifyListeners(SWT.Selection, tick);
		}
		UiWait.idle();
		Screenshots.save(Workbench.shell(), "install-4-trust");
		Widgets.click(Widgets.button(trust, "Trust Selected"));
	}

	/** "Restart Parley to apply the software update?" answered No: the restart is left for later. */
	private void restartLater(Shell restart) throws Exception {
		Widgets.all(restart, Label.class, label -> true).forEach(label -> seen.add(label.getText()));
		UiWait.idle();
		Screenshots.save(Workbench.shell(), "install-5-restart");
		Widgets.click(Widgets.button(restart, "No"));
		seen.add("restart later");
	}

	/** Runs a step of a dialog; a step that fails closes the dialog, and the test reports why. */
	private void guarded(Shell dialog, ThrowingStep step) {
		try {
			step.run();
		} catch (Throwable failure) {
			failures.add(failure);
			if (!dialog.isDisposed()) {
				dialog.close();
			}
		}
	}

	private static IProfile profile(ProvisioningUI ui) {
		IProfileRegistry profiles = ui.getSession().getProvisioningAgent().getService(IProfileRegistry.class);
		return profiles.getProfile(ui.getProfileId());
	}

	private static boolean has(IProfile profile, String id) {
		return !profile.query(QueryUtil.createIUQuery(id), null).isEmpty();
	}

	@FunctionalInterface
	private interface ThrowingStep {
		void run() throws Exception;
	}
}
