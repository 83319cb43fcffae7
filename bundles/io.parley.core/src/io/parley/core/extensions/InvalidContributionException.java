package io.parley.core.extensions;

/** A contribution to a Parley extension point that cannot be used as declared. */
public class InvalidContributionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidContributionException(String message) {
		super(message);
	}

	public InvalidContributionException(String message, Throwable cause) {
		super(message, cause);
	}
}
