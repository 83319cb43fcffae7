package io.parley.model.files.internal;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Run in its own JVM by {@link DocumentFilesTest}: saves two versions of a document in turns until killed. */
public final class AtomicWriteChild {

	private AtomicWriteChild() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		ObjectMapper json = new ObjectMapper();
		for (long i = 0;; i++) {
			ObjectNode document = json.createObjectNode().put("schema", "parley.template/1").put("version", i % 2 == 0 ? "A" : "B");
			document.put("body", (i % 2 == 0 ? "a" : "b").repeat(200_000));
			DocumentFiles.write(file, document);
			if (i == 0) {
				System.out.println("written");
			}
		}
	}
}
