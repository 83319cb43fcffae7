package io.parley.model.campaign;

/** One step of the launch checklist, as the campaign's documents answer it now. */
public record ChecklistItem(String title, State state, String detail) {

	public enum State {
		DONE, TO_DO, NOT_APPLICABLE
	}

	public boolean isDone() {
		return state != State.TO_DO;
	}
}
