package io.parley.sequences;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The kinds of check a sequence rule can name, by name. */
public final class SequenceChecks {

	private static final Map<String, SequenceCheck> CHECKS = new HashMap<>();

	static {
		CHECKS.put("sequenceDangling", StructureChecks::dangling);
		CHECKS.put("sequenceUnreachable", StructureChecks::unreachable);
		CHECKS.put("sequenceCycle", StructureChecks::cycle);
		CHECKS.put("sequenceDeadEnd", StructureChecks::deadEnd);
		CHECKS.put("sequenceMessage", TouchChecks::message);
		CHECKS.put("sequenceMessageBeforeAcceptance", TouchChecks::messageBeforeAcceptance);
		CHECKS.put("sequenceInMailToConnection", TouchChecks::inMailToConnection);
		CHECKS.put("sequenceFrequencyCap", TouchChecks::frequencyCap);
		CHECKS.put("sequenceNoteLength", TouchChecks::noteLength);
		CHECKS.putAll(LimitChecks.all());
	}

	private SequenceChecks() {
	}

	public static Optional<SequenceCheck> byName(String name) {
		return Optional.ofNullable(CHECKS.get(name));
	}
}
