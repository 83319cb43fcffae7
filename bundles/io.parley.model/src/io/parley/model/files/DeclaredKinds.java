package io.parley.model.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The kinds the model's {@code plugin.xml} contributes to {@code io.parley.core.documentKinds}, read
 * in plain Java: the same declarations the studio reads from the extension registry, so a built-in
 * kind's suffix is written once and the model knows its kinds without OSGi.
 */
final class DeclaredKinds {

	private static final String POINT_ID = "io.parley.core.documentKinds";
	private static final String RESOURCE = "/plugin.xml";
	private static final Map<String, DocumentKind> KINDS = read();

	private DeclaredKinds() {
	}

	/** The declared kind {@code id}; the model cannot work without it. */
	static DocumentKind kind(String id) {
		DocumentKind kind = KINDS.get(id);
		if (kind == null) {
			throw new IllegalStateException("The model's " + RESOURCE + " declares no document kind '" + id + "'");
		}
		return kind;
	}

	private static Map<String, DocumentKind> read() {
		try (InputStream in = DeclaredKinds.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("the model bundle lacks " + RESOURCE);
			}
			return kinds(XMLInputFactory.newDefaultFactory().createXMLStreamReader(in));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (XMLStreamException e) {
			throw new IllegalStateException("The model's " + RESOURCE + " cannot be read: " + e.getMessage(), e);
		}
	}

	private static Map<String, DocumentKind> kinds(XMLStreamReader xml) throws XMLStreamException {
		Map<String, DocumentKind> kinds = new LinkedHashMap<>();
		String point = "";
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (xml.getLocalName().equals("extension")) {
				point = xml.getAttributeValue(null, "point");
			} else if (xml.getLocalName().equals("kind") && POINT_ID.equals(point)) {
				String id = xml.getAttributeValue(null, "id");
				kinds.put(id, new DocumentKind(id, xml.getAttributeValue(null, "suffix")));
			}
		}
		return kinds;
	}
}
