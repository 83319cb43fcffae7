package io.parley.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Parley's one JSON set-up: every reader and writer of documents uses it, so they all read and write
 * alike. The mappers are shared and thread-safe; nobody configures them further.
 */
public final class Json {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static final ObjectWriter PRETTY = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
	/** A script may save any document it can build; the validator, not the reader, judges its length. */
	private static final ObjectMapper WITHOUT_LENGTH_LIMIT = new ObjectMapper(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

	private Json() {
	}

	public static ObjectMapper mapper() {
		return MAPPER;
	}

	/** Indented, as documents are written. */
	public static ObjectWriter pretty() {
		return PRETTY;
	}

	/** Reads strings of any length, for what scripts hand over. */
	public static ObjectMapper withoutLengthLimit() {
		return WITHOUT_LENGTH_LIMIT;
	}
}
