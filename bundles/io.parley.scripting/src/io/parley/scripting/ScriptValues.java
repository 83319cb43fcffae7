package io.parley.scripting;

import org.graalvm.polyglot.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A script's plain object read straight into the model's JSON tree. A batch validates each of its
 * messages, and writing every one out as JSON text in JavaScript to parse it again in Java cost
 * more than the validation itself.
 */
final class ScriptValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ScriptValues() {
	}

	/** The value as JSON, as {@code JSON.stringify} would write it: functions and undefined members are left out. */
	static JsonNode toJson(Value value) {
		if (value.isString()) {
			return NODES.textNode(value.asString());
		}
		if (value.isNull()) {
			return NODES.nullNode();
		}
		if (value.isBoolean()) {
			return NODES.booleanNode(value.asBoolean());
		}
		if (value.isNumber()) {
			return value.fitsInLong() ? NODES.numberNode(value.asLong()) : NODES.numberNode(value.asDouble());
		}
		if (value.hasArrayElements()) {
			ArrayNode array = NODES.arrayNode();
			for (long i = 0; i < value.getArraySize(); i++) {
				Value element = value.getArrayElement(i);
				array.add(written(element) ? toJson(element) : NODES.nullNode());
			}
			return array;
		}
		ObjectNode object = NODES.objectNode();
		for (String key : value.getMemberKeys()) {
			Value member = value.getMember(key);
			// a string, the usual member, is known by one question: each is a call into the script
			if (member.isString()) {
				object.put(key, member.asString());
			} else if (written(member)) {
				object.set(key, toJson(member));
			}
		}
		return object;
	}

	/** JSON.stringify leaves out functions and undefined. */
	private static boolean written(Value value) {
		return !value.canExecute() && !(value.isNull() && "undefined".equals(value.toString()));
	}
}
