package io.parley.ui.tests.support;

import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Screenshots of what a person sees after scrolling a form page down to its end, at each window size people use. */
public final class FormScreenshots {

	private FormScreenshots() {
	}

	/** Saves {@code name-WIDTHxHEIGHT-end} for each of {@link WindowSizes#PEOPLE_USE}, {@code form} scrolled to its end. */
	public static void scrolledToEnd(ScrolledForm form, String name) throws Exception {
		try {
			WindowSizes.atEach((size, named) -> {
				form.setOrigin(0, form.getContent().getSize().y);
				UiWait.idle();
				Screenshots.save(Workbench.shell(), name + "-" + named + "-end");
			});
		} finally {
			form.setOrigin(0, 0);
			UiWait.idle();
		}
	}
}
