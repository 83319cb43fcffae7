package io.parley.scripting;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.graalvm.polyglot.HostAccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rendering.PreparedText;
import io.parley.model.rules.MessageFormat;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.MessageValidator;

/**
 * {@code parley.personalize}: a template as each prospect of a list reads it, checked against the
 * rules of its format, made one message at a time as the script or a writer asks for the next, all
 * in Java. A message is the template with its text fields rendered, plus {@code row},
 * {@code prospect} (the row's columns) and {@code problems} (what the rules found).
 */
public final class PersonalizedMessages implements Iterator<PersonalizedMessage>, AutoCloseable {

	private final ProspectList prospects;
	private final ObjectNode template;
	private final MessageFormat format;
	/** The template's text fields, their macros found once for all the messages. */
	private final Map<String, PreparedText> texts = new HashMap<>();
	private final MessageValidator validator;
	private final Runnable onClose;
	private long count;
	private long withErrors;
	private boolean closed;

	PersonalizedMessages(ProspectList prospects, ObjectNode template, MessageFormat format, MessageRenderer renderer,
			MessageValidator validator, Runnable onClose) {
		this.prospects = prospects;
		this.template = template;
		this.format = format;
		template.properties().stream().filter(field -> field.getValue().isTextual())
				.forEach(field -> texts.put(field.getKey(), renderer.prepare(field.getValue().textValue())));
		this.validator = validator;
		this.onClose = onClose;
	}

	@Override
	public boolean hasNext() {
		if (closed) {
			return false;
		}
		if (!prospects.hasNext()) {
			close();
			return false;
		}
		return true;
	}

	/** The next message; a stopped run stops here (the list's reading checks for it). */
	@Override
	public PersonalizedMessage next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Prospect prospect = prospects.next();
		ObjectNode rendered = template.objectNode();
		for (Map.Entry<String, JsonNode> field : template.properties()) {
			PreparedText text = texts.get(field.getKey());
			rendered.set(field.getKey(), text != null ? rendered.textNode(text.render(prospect)) : field.getValue());
		}
		List<Diagnostic> problems = validator.validate(rendered, format);
		count++;
		for (Diagnostic problem : problems) {
			if (problem.isError()) {
				withErrors++;
				break;
			}
		}
		return new PersonalizedMessage(prospect, rendered, problems);
	}

	/** The next message as JSON text for the prelude, or null after the last. */
	@HostAccess.Export
	public String nextMessage() {
		return hasNext() ? next().whole().toString() : null;
	}

	/** Messages made so far. */
	@HostAccess.Export
	public long count() {
		return count;
	}

	/** Messages made so far that the rules found an error in. */
	@HostAccess.Export
	public long withErrors() {
		return withErrors;
	}

	@HostAccess.Export
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		onClose.run();
		try {
			prospects.close();
		} catch (IOException e) {
			// the list was read to its end or the run is ending; nothing is lost by a close that failed
		}
	}
}
