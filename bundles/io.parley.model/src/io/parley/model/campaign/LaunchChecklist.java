package io.parley.model.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.DocumentContext;
import io.parley.model.validation.LengthLimit;

/**
 * Seed 001's campaign launch checklist, each step checked against the documents: offer, sender,
 * a test-sized audience, a short message, a destination, a test budget. Thresholds come from the
 * rule set, so a workspace that overrides them gets its own checklist.
 */
public final class LaunchChecklist {

	/** The rule set's reference to the guide the checklist is taken from. */
	private static final String GUIDE = "seed 001";

	private final CampaignParts parts;
	private final RuleSet rules;
	private final DocumentContext contentContext;
	private final List<Diagnostic> contentProblems;

	/**
	 * @param contentContext  the content document's rule context, for worst-case lengths
	 * @param contentProblems what the content's checks found, as the campaign's problems list shows
	 *                        it: a message is short enough when none of them is about a length
	 */
	public LaunchChecklist(CampaignParts parts, RuleSet rules, DocumentContext contentContext, List<Diagnostic> contentProblems) {
		this.parts = parts;
		this.rules = rules;
		this.contentContext = contentContext;
		this.contentProblems = List.copyOf(contentProblems);
	}

	/** Where the checklist comes from, in a reader's words: the guide's title as the rule set's sources give it. */
	public static String source(RuleSet rules) {
		return "From the campaign launch checklist of \u201c" + rules.sources().path(GUIDE).asText(GUIDE) + "\u201d.";
	}

	public List<ChecklistItem> items() {
		List<ChecklistItem> items = new ArrayList<>();
		items.add(offer());
		items.add(sender());
		items.add(audience());
		items.add(messageLength());
		items.add(destination());
		items.add(testBudget());
		return items;
	}

	private ChecklistItem offer() {
		Optional<String> call = callsToAction().stream().findFirst();
		if (parts.content().isEmpty()) {
			return notYet("Offer defined", "The campaign has no content yet");
		}
		return call.map(text -> done("Offer defined", "Call to action: " + text))
				.orElseGet(() -> parts.format().filter(f -> !f.isSponsored()).isPresent()
						? done("Offer defined", "Personal message: the offer is in the text")
						: notYet("Offer defined", "No call to action says what the recipient gets"));
	}

	private ChecklistItem sender() {
		String sender = parts.campaign().path("sender").asText(parts.content().map(c -> c.path("sender").asText("")).orElse(""));
		return sender.isBlank() ? notYet("Sender chosen", "Name the member the message comes from")
				: done("Sender chosen", sender + " (check the profile is complete and relevant)");
	}

	private ChecklistItem audience() {
		long size = parts.audienceSize();
		long low = (long) rules.cap("testAudience/low");
		long high = (long) rules.cap("testAudience/high");
		String band = number(low) + "-" + number(high);
		if (size <= 0) {
			return notYet("Audience sized for a test", "No estimated size; a first test wants " + band + " members");
		}
		return size >= low && size <= high ? done("Audience sized for a test", number(size) + " members")
				: notYet("Audience sized for a test", number(size) + " members; a first test wants " + band);
	}

	private ChecklistItem messageLength() {
		Optional<MessageFormat> format = parts.format();
		if (parts.content().isEmpty() || format.isEmpty()) {
			return notYet("Message short enough", "The campaign has no content yet");
		}
		List<String> tooLong = contentProblems.stream().filter(this::isAboutLength).map(Diagnostic::message).toList();
		if (!tooLong.isEmpty()) {
			return notYet("Message short enough", tooLong.get(0) + (tooLong.size() > 1 ? " (and " + (tooLong.size() - 1) + " more)" : ""));
		}
		String pointer = format.get() == MessageFormat.CONVERSATION_AD ? "/messages/0/text" : "/body";
		int longest = texts().stream().mapToInt(contentContext::worstCaseLength).max().orElse(0);
		return done("Message short enough", "Longest message " + number(longest) + " characters at worst; recommended at most "
				+ number(recommended(format.get(), pointer)));
	}

	/** Whether a problem of the content comes from a rule on a field's length. */
	private boolean isAboutLength(Diagnostic problem) {
		return contentContext.ruleSet().rule(problem.ruleId()).filter(DocumentContext::isLengthRule).isPresent();
	}

	private ChecklistItem destination() {
		if (parts.format().filter(f -> !f.hasField("cta") && f != MessageFormat.CONVERSATION_AD).isPresent()) {
			return new ChecklistItem("Destination set", ChecklistItem.State.NOT_APPLICABLE, "This format has no button");
		}
		List<String> destinations = destinations();
		return destinations.isEmpty() ? notYet("Destination set", "Add a landing page URL or a Lead Gen Form")
				: done("Destination set", String.join(", ", destinations));
	}

	private ChecklistItem testBudget() {
		String band = number((long) rules.benchmark("testSends/low").asDouble()) + "-" + number((long) rules.benchmark("testSends/high").asDouble());
		if (parts.format().filter(f -> !f.isSponsored()).isPresent()) {
			return new ChecklistItem("Budget for a test", ChecklistItem.State.NOT_APPLICABLE, "Not paid per send");
		}
		Optional<BudgetForecast> forecast = parts.forecast(rules);
		if (forecast.isEmpty()) {
			return notYet("Budget for a test", "No complete budget (total, cost per send, dates); plan for " + band + " sends");
		}
		double low = forecast.get().sends().low();
		double high = forecast.get().sends().high();
		String detail = number((long) low) + "-" + number((long) high) + " sends; a first test plans for " + band;
		boolean overlaps = high >= rules.benchmark("testSends/low").asDouble() && low <= rules.benchmark("testSends/high").asDouble();
		return overlaps ? done("Budget for a test", detail) : notYet("Budget for a test", detail);
	}

	private int recommended(MessageFormat format, String pointer) {
		List<LengthLimit> limits = contentContext.lengthLimits(format, pointer);
		return limits.stream().filter(l -> l.severity() != Severity.ERROR).mapToInt(LengthLimit::max).min()
				.orElse(limits.stream().mapToInt(LengthLimit::max).min().orElse(Integer.MAX_VALUE));
	}

	private List<String> texts() {
		JsonNode content = parts.content().orElseThrow();
		if (content.has("messages")) {
			return StreamSupport.stream(content.path("messages").spliterator(), false).map(m -> m.path("text").asText("")).toList();
		}
		return List.of(content.path("body").asText(""));
	}

	private List<String> callsToAction() {
		return buttons().stream().filter(b -> b.has("url") || b.has("leadGenForm")).map(b -> b.path("text").asText("")).toList();
	}

	private List<String> destinations() {
		return buttons().stream().map(b -> b.has("url") ? b.path("url").asText("") : b.path("leadGenForm").asText(""))
				.filter(d -> !d.isBlank()).distinct().toList();
	}

	/** The template's call to action, or every button of a flow. */
	private List<JsonNode> buttons() {
		JsonNode content = parts.content().orElse(null);
		if (content == null) {
			return List.of();
		}
		if (content.has("messages")) {
			return StreamSupport.stream(content.path("messages").spliterator(), false)
					.flatMap(m -> StreamSupport.stream(m.path("buttons").spliterator(), false)).toList();
		}
		return content.path("cta").isObject() ? List.of(content.path("cta")) : List.of();
	}

	private static ChecklistItem done(String title, String detail) {
		return new ChecklistItem(title, ChecklistItem.State.DONE, detail);
	}

	private static ChecklistItem notYet(String title, String detail) {
		return new ChecklistItem(title, ChecklistItem.State.TO_DO, detail);
	}

	private static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}
}
