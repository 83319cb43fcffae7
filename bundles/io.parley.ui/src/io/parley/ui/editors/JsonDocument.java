package io.parley.ui.editors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.model.files.DocumentFiles;

/**
 * The document an editor shows: the model's JSON tree, changed only by replacing the value at a
 * JSON pointer, so that every edit is one undoable operation and every listener learns which field
 * changed. Fields stay in the order of the file.
 */
public final class JsonDocument {

	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
	private ObjectNode root;

	public JsonDocument(ObjectNode root) {
		this.root = root;
	}

	public ObjectNode root() {
		return root;
	}

	/** The value at {@code pointer}; a missing node when absent. */
	public JsonNode get(String pointer) {
		return root.at(pointer);
	}

	public String text(String pointer) {
		JsonNode value = get(pointer);
		return value.isValueNode() ? value.asText() : "";
	}

	/** A copy of the value at {@code pointer}, or null when absent: what an operation keeps to undo. */
	public JsonNode copyOf(String pointer) {
		JsonNode value = get(pointer);
		return value.isMissingNode() ? null : value.deepCopy();
	}

	/**
	 * Puts {@code value} at {@code pointer}, creating missing parent objects; null removes the field.
	 * An array index one past the end appends. Operations call this; pages go through the editing.
	 */
	public void replace(String pointer, JsonNode value) {
		if (pointer.isEmpty()) {
			root = (ObjectNode) value;
		} else {
			JsonPointer path = JsonPointer.compile(pointer);
			JsonNode parent = container(path.head());
			String name = path.last().getMatchingProperty();
			if (parent instanceof ObjectNode object) {
				if (value == null) {
					object.remove(name);
				} else {
					object.set(name, value);
				}
			} else if (parent instanceof ArrayNode array) {
				replaceItem(array, path.last().getMatchingIndex(), value);
			}
		}
		listeners.forEach(listener -> listener.accept(pointer));
	}

	/** Replaces the whole tree, as after a reload from disk; listeners hear the empty pointer. */
	public void reset(ObjectNode newRoot) {
		replace("", newRoot);
	}

	public static JsonNode textNode(String text) {
		return text == null ? null : TextNode.valueOf(text);
	}

	/** The document as it would be saved. */
	public String serialized() {
		return DocumentFiles.text(root);
	}

	public void addListener(Consumer<String> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<String> listener) {
		listeners.remove(listener);
	}

	private static void replaceItem(ArrayNode array, int index, JsonNode value) {
		if (value == null) {
			array.remove(index);
		} else if (index >= array.size()) {
			array.add(value);
		} else {
			array.set(index, value);
		}
	}

	private JsonNode container(JsonPointer path) {
		JsonNode node = root;
		for (JsonPointer step = path; !step.matches(); step = step.tail()) {
			JsonNode next = node.isArray() ? node.path(step.getMatchingIndex()) : node.path(step.getMatchingProperty());
			if (next.isMissingNode() && node instanceof ObjectNode object) {
				next = object.set(step.getMatchingProperty(), JsonNodeFactory.instance.objectNode()).get(step.getMatchingProperty());
			}
			node = next;
		}
		return node;
	}
}
