package io.parley.ui.help;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Turns a guide page, written as plain XHTML so it reads in any browser and in Eclipse Help, into
 * the markup of a forms FormText: headings, paragraphs, lists, bold, code and links. FormText has no
 * tables or italics; the guide does not use them.
 */
final class GuideMarkup {

	/** FormText font keys; the view maps them to fonts. */
	static final String HEADING = "heading";
	static final String SUBHEADING = "subheading";
	static final String CODE = "code";

	private final String href;
	private final StringBuilder out = new StringBuilder("<form>");

	private GuideMarkup(String href) {
		this.href = href;
	}

	static GuidePage read(String href, InputStream xhtml) throws IOException {
		Element html;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			html = factory.newDocumentBuilder().parse(xhtml).getDocumentElement();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(href + " is not well-formed XHTML: " + e.getMessage(), e);
		}
		String title = text(html.getElementsByTagName("title").item(0));
		GuideMarkup markup = new GuideMarkup(href);
		Node body = html.getElementsByTagName("body").item(0);
		if (body != null) {
			markup.blocks(body, 0);
		}
		return new GuidePage(href, title, markup.out.append("</form>").toString());
	}

	private void blocks(Node parent, int depth) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				block(element, depth);
			}
		}
	}

	private void block(Element element, int depth) {
		switch (element.getTagName()) {
		case "h1" -> heading(element, HEADING);
		case "h2", "h3" -> heading(element, SUBHEADING);
		case "p" -> {
			out.append("<p>");
			inline(element);
			out.append("</p>");
		}
		case "ul", "ol" -> list(element, depth);
		case "pre" -> code(element);
		default -> blocks(element, depth);
		}
	}

	private void heading(Element element, String font) {
		out.append("<p><span font=\"").append(font).append("\">");
		escape(text(element));
		out.append("</span></p>");
	}

	private void list(Element list, int depth) {
		boolean numbered = list.getTagName().equals("ol");
		int number = 1;
		for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element item && item.getTagName().equals("li")) {
				String indent = " indent=\"" + (16 + depth * 16) + "\" bindent=\"" + depth * 16 + "\"";
				out.append(numbered ? "<li style=\"text\" value=\"" + number++ + ".\"" + indent + ">" : "<li" + indent + ">");
				inlineUntilList(item);
				out.append("</li>");
				for (Node child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
					if (child instanceof Element nested && (nested.getTagName().equals("ul") || nested.getTagName().equals("ol"))) {
						list(nested, depth + 1);
					}
				}
			}
		}
	}

	/** Code keeps its lines and its indentation (FormText collapses spaces, so they become no-break spaces). */
	private void code(Element pre) {
		out.append("<p><span font=\"").append(CODE).append("\">");
		String[] lines = pre.getTextContent().replace("\r", "").strip().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int indent = line.length() - line.stripLeading().length();
			escape("\u00a0".repeat(indent) + line.stripLeading());
			if (i < lines.length - 1) {
				out.append("<br/>");
			}
		}
		out.append("</span></p>");
	}

	private void inlineUntilList(Element item) {
		for (Node node = item.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element nested && (nested.getTagName().equals("ul") || nested.getTagName().equals("ol"))) {
				continue;
			}
			inlineNode(node);
		}
	}

	private void inline(Node parent) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			inlineNode(node);
		}
	}

	private void inlineNode(Node node) {
		if (node.getNodeType() == Node.TEXT_NODE) {
			escape(node.getNodeValue().replaceAll("\\s+", " "));
		} else if (node instanceof Element element) {
			switch (element.getTagName()) {
			case "b", "strong" -> {
				out.append("<b>");
				escape(text(element));
				out.append("</b>");
			}
			case "code", "kbd" -> {
				out.append("<span font=\"").append(CODE).append("\">");
				escape(text(element));
				out.append("</span>");
			}
			case "a" -> {
				out.append("<a href=\"");
				escape(Guide.resolve(href, element.getAttribute("href")));
				out.append("\">");
				escape(text(element));
				out.append("</a>");
			}
			case "br" -> out.append("<br/>");
			default -> inline(element);
			}
		}
	}

	private static String text(Node node) {
		return node == null ? "" : node.getTextContent().replaceAll("\\s+", " ").strip();
	}

	private void escape(String text) {
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> out.append(c);
			}
		}
	}
}
