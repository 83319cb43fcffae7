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

import io.parley.model.files.internal.DocumentFiles;

/**
 * The document an editor shows: the model's JSON tree, changed only by replacing the value at a
 * JSON pointer, so that every edit is one undoable operation and every listener learns which field
 * changed. Fields stay in the order of the file.
 * <p>
 * There is one writer: the operations of {@link DocumentEditing}. Readers get copies, so a page
 * that changes what it read changes nothing until it hands the result to the editing, and such an
 * edit is always seen as a change (a live node changed in place would compare equal to itself and
 * the edit would be lost, never marked unsaved).
 */
public final class JsonDocument {

	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
	private ObjectNode root;

	public JsonDocument(ObjectNode root) {
		this.root = root;
	}

	/** A copy of the whole document: changing it changes nothing here. */
	public ObjectNode root() {
		return root.deepCopy();
	}

	/** A copy of the value at {@code pointer}, a missing node when absent: changing it changes nothing here. */
	public JsonNode get(String pointer) {
		return root.at(pointer).deepCopy();
	}

	public String text(String pointer) {
		JsonNode value = root.at(pointer);
		return value.isValueNode() ? value.asText() : "";
	}

	/** Whether the document holds a value at {@code pointer}. */
	public boolean has(String pointer) {
		return !root.at(pointer).isMissingNode();
	}

	/** Whether the value at {@code pointer} equals {@code value}; null stands for absent. */
	boolean holds(String pointer, JsonNode value) {
		JsonNode current = root.at(pointer);
		return value == null ? current.isMissingNode() : value.equals(current);
	}

	/**
	 * Puts {@code value} at {@code pointer}, creating missing parent objects; null removes the field.
	 * An array index one past the end appends. Only operations call this; pages go through the
	 * editing. The tree keeps its own copy of {@code value}, so the caller cannot change it later.
	 */
	void replace(String pointer, JsonNode value) {
		if (pointer.isEmpty()) {
			root = ((ObjectNode) value).deepCopy();
		} else {
			JsonPointer path = JsonPointer.compile(pointer);
			JsonNode parent = container(path.head());
			String name = path.last().getMatchingProperty();
			if (parent instanceof ObjectNode object) {
				if (value == null) {
					object.remove(name);
				} else {
					object.set(name, value.deepCopy());
				}
			} else if (parent instanceof ArrayNode array) {
				replaceItem(array, path.last().getMatchingIndex(), value == null ? null : value.deepCopy());
			}
		}
		listeners.forEach(listener -> listener.accept(pointer));
	}

	/** Replaces the whole tree, as after a reload from disk; listeners hear the empty pointer. */
	void reset(ObjectNode newRoot) {
		replace("", newRoot);
	}

	/**
	 * Puts back a whole tree kept by an operation, so undo and redo give the file's content exactly
	 * (a field removed and put back keeps its place); listeners hear {@code pointer}, the field the
	 * operation changed.
	 */
	void restore(ObjectNode tree, String pointer) {
		root = tree.deepCopy();
		listeners.forEach(listener -> listener.accept(pointer));
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
