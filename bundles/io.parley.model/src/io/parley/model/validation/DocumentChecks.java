package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.files.DocumentKind;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.Macro;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;

/** Checks of the documents around the message: campaigns, audiences and budgets. */
final class DocumentChecks {

	private DocumentChecks() {
	}

	static List<Diagnostic> validate(DocumentKind kind, JsonNode root, Path file, RuleSet rules, RuleCatalog catalog) {
		List<Diagnostic> found = new ArrayList<>();
		if (kind.equals(DocumentKind.CAMPAIGN)) {
			campaign(root, file.toAbsolutePath().getParent(), found);
			found.addAll(CampaignChecks.validate(root, file, rules, catalog));
		} else if (kind.equals(DocumentKind.BUDGET)) {
			budget(root, found);
			found.addAll(BudgetChecks.validate(root, file, rules));
		} else if (kind.equals(DocumentKind.AUDIENCE)) {
			audience(root, rules, found);
			prospectColumns(root, file, rules, found);
		}
		return found;
	}

	private static void campaign(JsonNode root, Path folder, List<Diagnostic> found) {
		boolean free = MessageFormat.of(root.path("format").asText("")).map(MessageFormat::isFree).orElse(false);
		for (String part : List.of("audience", "content", "budget")) {
			String name = root.path(part).asText("");
			if (name.isEmpty() && free && part.equals("budget")) {
				continue;
			}
			if (name.isEmpty()) {
				found.add(error("campaign.reference", "The campaign names no " + part + " file", "/" + part));
			} else if (!Files.isRegularFile(folder.resolve(name))) {
				found.add(error("campaign.reference", "The campaign's " + part + " file " + name + " does not exist", "/" + part));
			}
		}
		if (root.path("sender").asText("").isBlank()) {
			found.add(error("campaign.sender", "The campaign needs a sender: a real member profile", "/sender"));
		}
	}

	private static void budget(JsonNode root, List<Diagnostic> found) {
		double low = root.path("costPerSend").path("low").asDouble(-1);
		double high = root.path("costPerSend").path("high").asDouble(-1);
		if (low <= 0 || high < low) {
			found.add(error("budget.cost-per-send", "Cost per send needs a low and a high above zero, low not above high", "/costPerSend"));
		}
		if (root.path("total").asDouble(0) <= 0) {
			found.add(error("budget.total", "The total budget must be above zero", "/total"));
		}
		LocalDate start = date(root, "start", found);
		LocalDate end = date(root, "end", found);
		if (start != null && end != null && end.isBefore(start)) {
			found.add(error("budget.dates", "The budget ends (" + end + ") before it starts (" + start + ")", "/end"));
		}
	}

	private static LocalDate date(JsonNode root, String field, List<Diagnostic> found) {
		try {
			return LocalDate.parse(root.path(field).asText(""));
		} catch (DateTimeParseException e) {
			found.add(error("budget.dates", "\"" + root.path(field).asText("") + "\" is not a date; write it as 2026-12-01", "/" + field));
			return null;
		}
	}

	private static void audience(JsonNode root, RuleSet rules, List<Diagnostic> found) {
		long size = root.path("estimatedSize").asLong(0);
		if (size <= 0) {
			return;
		}
		if (size < rules.cap("minimumAudience")) {
			found.add(error("audience.minimum", "The audience has " + size + " members; LinkedIn needs at least "
					+ (long) rules.cap("minimumAudience"), "/estimatedSize"));
		} else if (size < rules.cap("recommendedAudience/low") || size > rules.cap("recommendedAudience/high")) {
			found.add(Diagnostic.atField("audience.recommended", Severity.WARNING, String.format(java.util.Locale.ROOT,
					"The audience has %,d members; %,d-%,d is recommended (a first test: %,d-%,d)", size,
					(long) rules.cap("recommendedAudience/low"), (long) rules.cap("recommendedAudience/high"),
					(long) rules.cap("testAudience/low"), (long) rules.cap("testAudience/high")), "/estimatedSize"));
		}
	}

	/**
	 * The audience's prospect list reads to its end and has a column, under its own name, under a
	 * name other tools give it or as mapped, for every macro the messages sent to it use.
	 */
	private static void prospectColumns(JsonNode root, Path file, RuleSet rules, List<Diagnostic> found) {
		Optional<ProspectSource> list;
		try {
			list = AttachedProspects.find(file, root);
		} catch (IOException | RuntimeException e) {
			return;
		}
		if (list.isEmpty()) {
			return;
		}
		String listName = list.get().file().getFileName().toString();
		Map<Macro, String> used = UsedMacros.sentTo(file, rules);
		try (ProspectList header = list.get().open()) {
			List<String> missing = header.missing(used.keySet().stream().map(Macro::column).toList());
			if (!missing.isEmpty()) {
				found.add(error("audience.prospect-columns", listName + ": the header lacks " + String.join(", ", missing)
						+ ", which " + usedBy(used, header.columns(), missing) + "; choose the list's column for it under"
						+ " Macro fields", root.has("prospectColumns") ? "/prospectColumns" : "/prospects"));
			}
		} catch (IOException | RuntimeException e) {
			found.add(error("audience.prospect-columns", ProspectListCheck.unreadable(list.get()).orElse(listName
					+ " cannot be read: " + e.getMessage()), "/prospects"));
			return;
		}
		AttachedProspects.unreadable(list.get(), rules).ifPresent(problem -> found.add(error("audience.prospect-rows", problem,
				"/prospects")));
	}

	/** "%INDUSTRY% in webinar.template.json needs": the macros of the missing columns and where they are used. */
	private static String usedBy(Map<Macro, String> used, ProspectColumns columns, List<String> missing) {
		List<String> uses = new ArrayList<>();
		used.forEach((macro, document) -> {
			if (missing.contains(columns.headerFor(macro.column()))) {
				uses.add(macro.token() + " in " + document);
			}
		});
		return String.join(", ", uses) + (uses.size() == 1 ? " needs" : " need");
	}

	private static Diagnostic error(String rule, String message, String path) {
		return Diagnostic.atField(rule, Severity.ERROR, message, path);
	}
}
