package io.parley.ui.tests.support;

import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Screenshots of what a person sees scrolling a form page down to its end, at each window size people use. */
public final class FormScreenshots {

	private FormScreenshots() {
	}

	/**
	 * For each of {@link WindowSizes#PEOPLE_USE}, scrolls {@code form} down a screen at a time: each
	 * screen between the first and the last is saved as {@code name-WIDTHxHEIGHT-2}, {@code -3}, ...,
	 * and the last, scrolled to the end, as {@code name-WIDTHxHEIGHT-end}.
	 */
	public static void scrolledToEnd(ScrolledForm form, String name) throws Exception {
		try {
			WindowSizes.atEach((size, named) -> {
				int screen = Math.max(1, form.getClientArea().height);
				int content = form.getContent().getSize().y;
				for (int part = 2, top = screen; top + screen < content; part++, top += screen) {
					form.setOrigin(0, top);
					UiWait.idle();
					Screenshots.save(Workbench.shell(), name + "-" + named + "-" + part);
				}
				form.setOrigin(0, content);
				UiWait.idle();
				Screenshots.save(Workbench.shell(), name + "-" + named + "-end");
			});
		} finally {
			form.setOrigin(0, 0);
			UiWait.idle();
		}
	}
}
