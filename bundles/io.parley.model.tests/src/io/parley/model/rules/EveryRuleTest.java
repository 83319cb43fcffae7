package io.parley.model.rules;

import static io.parley.model.rules.Documents.button;
import static io.parley.model.rules.Documents.flow;
import static io.parley.model.rules.Documents.flowMessage;
import static io.parley.model.rules.Documents.template;
import static io.parley.model.rules.Documents.with;
import static io.parley.model.rules.Documents.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.MessageValidator;
import io.parley.model.validation.RuleCatalog;

/**
 * Every rule of the default rule set, each with a document that breaks it and nothing else but the
 * rules it cannot help breaking (a body over its limit is over the recommended length too; a message
 * whose button leads nowhere leaves the next one unreachable): the rule must fire on the broken
 * document, no other rule may, and it must stay quiet on the valid one it came from.
 */
class EveryRuleTest {

	private static final MessageFormat AD = MessageFormat.MESSAGE_AD;
	private static final MessageFormat CONVERSATION = MessageFormat.CONVERSATION_AD;
	private static final MessageFormat INMAIL = MessageFormat.INMAIL;
	private static final MessageFormat MESSAGE = MessageFormat.MESSAGE;
	private static final MessageFormat NOTE = MessageFormat.CONNECTION_NOTE;
	private static final String EMOJIS = "😀".repeat(11);
	private static final String LINKS = "https://a.example https://b.example https://c.example https://d.example";

	/** A way to break one rule: the format, the broken document, and the other rules it cannot help breaking. */
	private record Breach(MessageFormat format, Supplier<ObjectNode> document, Set<String> implied) {
	}

	private static final Map<String, Breach> BREACHES = new LinkedHashMap<>();

	static {
		breach("message-ad.subject.length", AD, () -> with(template(AD), "/subject", "x".repeat(61)), "message-ad.subject.visible");
		breach("message-ad.subject.visible", AD, () -> with(template(AD), "/subject", "x".repeat(41)));
		breach("message-ad.body.length", AD, () -> with(template(AD), "/body", "x".repeat(1501)), "message-ad.body.recommended");
		breach("message-ad.body.recommended", AD, () -> with(template(AD), "/body", "x".repeat(501)));
		breach("message-ad.cta.required", AD, () -> without(template(AD), "/cta"));
		breach("message-ad.cta.count", AD, () -> {
			ObjectNode ad = template(AD);
			ArrayNode buttons = ad.putArray("cta");
			buttons.addObject().put("text", "Book").put("url", "https://example.com/book");
			buttons.addObject().put("text", "Read").put("url", "https://example.com/read");
			return ad;
		});
		breach("message-ad.cta.text.length", AD, () -> with(template(AD), "/cta/text", "x".repeat(21)));
		breach("message-ad.cta.destination", AD, () -> with(template(AD), "/cta/url", "ftp://example.com/file"));
		breach("message-ad.sender.required", AD, () -> with(template(AD), "/sender", ""));
		breach("message-ad.body.emojis", AD, () -> with(template(AD), "/body", EMOJIS));
		breach("message-ad.body.links", AD, () -> with(template(AD), "/body", LINKS));
		breach("message-ad.body.link-text", AD, () -> with(template(AD), "/body", "See https://example.com/" + "x".repeat(60)));
		breach("message-ad.footer.length", AD, () -> with(template(AD), "/footer", "x".repeat(10_001)));
		breach("message-ad.name.length", AD, () -> with(template(AD), "/name", "x".repeat(256)));
		breach("message.html", AD, () -> with(template(AD), "/body", "Hi <b>there</b>"));
		breach("message.personalization.count", AD,
				() -> with(template(AD), "/body", "%FIRSTNAME% %LASTNAME% %JOBTITLE% %COMPANYNAME%"));
		breach("message.subject.generic", AD, () -> with(template(AD), "/subject", "Quick question!"));
		breach("conversation-ad.subject.length", CONVERSATION, () -> with(flow(), "/subject", "x".repeat(61)));
		breach("conversation-ad.message.length", CONVERSATION, () -> with(flow(), "/messages/1/text", "x".repeat(8001)),
				"conversation-ad.message.recommended");
		breach("conversation-ad.message.recommended", CONVERSATION, () -> with(flow(), "/messages/1/text", "x".repeat(500)));
		breach("conversation-ad.buttons.count", CONVERSATION, () -> buttons(flow(), 1, 6));
		breach("conversation-ad.buttons.opening", CONVERSATION, () -> buttons(flow(), 0, 1));
		breach("conversation-ad.button.text.length", CONVERSATION,
				() -> with(flow(), "/messages/1/buttons/1/text", "x".repeat(26)));
		breach("conversation-ad.button.action", CONVERSATION,
				() -> with(flow(), "/messages/1/buttons/1/url", "https://example.com/both"));
		breach("conversation-ad.not-interested", CONVERSATION, () -> with(flow(), "/messages/0/buttons/2/text", "Bye"));
		breach("conversation-ad.terminal", CONVERSATION, () -> {
			ObjectNode flow = flow();
			flowMessage(flow, 1).putArray("buttons");
			return flow;
		}, "conversation-ad.buttons.count");
		breach("conversation-ad.dangling", CONVERSATION, () -> with(flow(), "/messages/0/buttons/0/next", "missing"),
				"conversation-ad.unreachable");
		breach("conversation-ad.unreachable", CONVERSATION, () -> {
			ObjectNode flow = flow();
			button(Documents.message((ArrayNode) flow.get("messages"), "orphan", "Nobody gets here."), "Close").put("close", true);
			return flow;
		});
		breach("conversation-ad.cycle", CONVERSATION, () -> {
			ObjectNode flow = flow();
			button(flowMessage(flow, 1), "Start over").put("next", "opening");
			return flow;
		});
		breach("conversation-ad.message.emojis", CONVERSATION, () -> with(flow(), "/messages/1/text", EMOJIS));
		breach("conversation-ad.footer.length", CONVERSATION, () -> with(flow(), "/footer", "x".repeat(20_001)));
		breach("conversation-ad.depth", CONVERSATION, () -> chain(7));
		breach("inmail.subject.required", INMAIL, () -> without(template(INMAIL), "/subject"));
		breach("inmail.subject.length", INMAIL, () -> with(template(INMAIL), "/subject", "x".repeat(201)));
		breach("inmail.body.length", INMAIL, () -> with(template(INMAIL), "/body", "x".repeat(1901)), "inmail.body.recommended");
		breach("inmail.body.recommended", INMAIL, () -> with(template(INMAIL), "/body", "x".repeat(400)));
		breach("inmail.cta.absent", INMAIL, () -> {
			ObjectNode inMail = template(INMAIL);
			inMail.putObject("cta").put("text", "Book").put("url", "https://example.com");
			return inMail;
		});
		breach("message.body.length", MESSAGE, () -> with(template(MESSAGE), "/body", "x".repeat(8001)));
		breach("message.subject.absent", MESSAGE, () -> with(template(MESSAGE), "/subject", "Hello"));
		breach("message.cta.absent", MESSAGE, () -> {
			ObjectNode message = template(MESSAGE);
			message.putObject("cta").put("text", "Book").put("url", "https://example.com");
			return message;
		});
		breach("connection-note.length", NOTE, () -> with(template(NOTE), "/body", "x".repeat(301)));
		breach("connection-note.length.free-account", NOTE,
				() -> with(template(NOTE), "/body", "x".repeat(201)).put("senderAccount", "FREE"));
		breach("connection-note.subject.absent", NOTE, () -> with(template(NOTE), "/subject", "Hello"));
	}

	private static void breach(String ruleId, MessageFormat format, Supplier<ObjectNode> document, String... implied) {
		BREACHES.put(ruleId, new Breach(format, document, Set.of(implied)));
	}

	private static ObjectNode buttons(ObjectNode flow, int message, int extra) {
		for (int i = 0; i < extra; i++) {
			button(flowMessage(flow, message), "Option " + i).put("close", true);
		}
		return flow;
	}

	/** A flow whose messages follow one another {@code depth} deep. */
	private static ObjectNode chain(int depth) {
		ObjectNode flow = flow();
		ArrayNode messages = flow.putArray("messages");
		for (int i = 0; i < depth; i++) {
			ObjectNode message = Documents.message(messages, i == 0 ? "opening" : "m" + i, "Step " + i);
			button(message, i + 1 < depth ? "Next" : "Done").put(i + 1 < depth ? "next" : "url",
					i + 1 < depth ? "m" + (i + 1) : "https://example.com/done");
			button(message, "Not interested").put("close", true);
		}
		return flow;
	}

	static Stream<Arguments> breaches() {
		return BREACHES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
	}

	@Test
	void aMessageAdHasOneCallToAction() {
		List<Diagnostic> found = new MessageValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet()).validate(BREACHES.get("message-ad.cta.count")
				.document().get(), AD);
		assertEquals(List.of("message-ad.cta.count"), found.stream().map(Diagnostic::ruleId).toList());
		assertEquals("The template has 2 call-to-action buttons; Message Ads allow 1", found.get(0).message());
	}

	private static List<String> ruleIds(ObjectNode document, MessageFormat format) {
		return new MessageValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet()).validate(document, format).stream().map(Diagnostic::ruleId).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("breaches")
	void ruleFiresOnItsBreach(String ruleId, Breach breach) {
		List<String> fired = ruleIds(breach.document().get(), breach.format());
		assertTrue(fired.contains(ruleId), ruleId);
		assertTrue(fired.containsAll(breach.implied()), ruleId + " also breaks " + breach.implied() + ": " + fired);
		Set<String> others = new TreeSet<>(fired);
		others.remove(ruleId);
		others.removeAll(breach.implied());
		assertEquals(Set.of(), others, ruleId + " breaks nothing else");
	}

	@Test
	void validDocumentsBreakNoRule() {
		for (MessageFormat format : List.of(AD, INMAIL, MESSAGE, NOTE)) {
			assertEquals(List.of(), ruleIds(template(format), format), format.name());
		}
		assertEquals(List.of(), ruleIds(flow(), CONVERSATION));
	}

	@Test
	void everyRuleOfTheDefaultSetHasABreach() {
		Set<String> rules = RuleCatalog.builtIn().defaultSet().rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
		Set<String> broken = new TreeSet<>(BREACHES.keySet());
		broken.addAll(RulesOnFilesTest.COVERED);
		assertEquals(rules, broken);
	}

	@Test
	void everyRuleNamesItsSource() {
		for (RuleSet set : RuleCatalog.builtIn().ruleSets()) {
			set.rules().forEach(rule -> assertTrue(!rule.source().isBlank() && !rule.formats().isEmpty(), rule.id()));
		}
	}
}
