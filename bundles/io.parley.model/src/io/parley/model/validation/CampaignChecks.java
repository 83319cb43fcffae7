package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentKind;
import io.parley.model.json.Json;
import io.parley.model.files.DocumentReadException;
import io.parley.model.results.CampaignResults;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.Severity;

/**
 * Rules across documents: a campaign's content has the campaign's format, the rule set's campaign
 * rules hold (send timing, recipients, sender limits), and two sponsored campaigns of a workspace do
 * not message the same audience inside one frequency-cap window (LinkedIn would deliver only one of
 * them to each member).
 */
final class CampaignChecks {

	private static final ObjectMapper JSON = Json.mapper();

	private CampaignChecks() {
	}

	static List<Diagnostic> validate(JsonNode campaign, Path file, RuleSet rules, RuleCatalog catalog) {
		List<Diagnostic> found = new ArrayList<>();
		Path folder = file.toAbsolutePath().getParent();
		Optional<MessageFormat> format = MessageFormat.of(campaign.path("format").asText(""));
		if (format.isEmpty()) {
			found.add(Diagnostic.atField("campaign.format", Severity.ERROR, "Unknown format \"" + campaign.path("format").asText("")
					+ "\"; a campaign is a " + String.join(", ", java.util.Arrays.stream(MessageFormat.values()).map(MessageFormat::label).toList()), "/format"));
			return found;
		}
		contentFormat(folder.resolve(campaign.path("content").asText(""))).filter(f -> f != format.get())
				.ifPresent(content -> found.add(Diagnostic.atField("campaign.format", Severity.ERROR, "The campaign is a "
						+ format.get().label() + " but its content is a " + content.label(), "/content")));
		found.addAll(new MessageValidator(catalog, rules).validateCampaign(campaign, format.get(), file));
		results(campaign, folder).ifPresent(found::add);
		if (format.get().isSponsored()) {
			overlapping(campaign, file, rules).forEach(other -> found.add(Diagnostic.atField("campaign.cap-overlap",
					Severity.WARNING, "Campaign " + other + " messages the same audience within " + (long) rules.cap("frequencyCapDays")
							+ " days; each member receives only one of the two", "/audience")));
		}
		return found;
	}

	/** The results a campaign names must read as a Campaign Manager export or an adAnalytics response. */
	private static Optional<Diagnostic> results(JsonNode campaign, Path folder) {
		String name = campaign.path("results").asText("");
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Path file = folder.resolve(name);
		if (!Files.isRegularFile(file)) {
			return Optional.of(Diagnostic.atField("campaign.results", Severity.ERROR, "The results file " + name + " does not exist",
					"/results"));
		}
		try {
			CampaignResults.of(file, campaign, "");
			return Optional.empty();
		} catch (DocumentReadException e) {
			return Optional.of(Diagnostic.atField("campaign.results", Severity.ERROR, name + (e.line() > 0 ? ":" + e.line() : "")
					+ ": " + e.problem(), "/results"));
		} catch (IOException | RuntimeException e) {
			return Optional.of(Diagnostic.atField("campaign.results", Severity.ERROR, name + " cannot be read: " + e.getMessage(),
					"/results"));
		}
	}

	private static Optional<MessageFormat> contentFormat(Path content) {
		try {
			return MessageFormat.ofContent(JSON.readTree(content.toFile()));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static List<String> overlapping(JsonNode campaign, Path file, RuleSet rules) {
		List<String> others = new ArrayList<>();
		Optional<LocalDate> start = date(campaign, "start");
		if (start.isEmpty()) {
			return others;
		}
		try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
			for (Path other : files.filter(f -> DocumentKind.CAMPAIGN.names(f.getFileName().toString()) && !f.equals(file.toAbsolutePath())).sorted().toList()) {
				JsonNode otherCampaign = JSON.readTree(other.toFile());
				boolean sponsored = MessageFormat.of(otherCampaign.path("format").asText("")).map(MessageFormat::isSponsored).orElse(false);
				Optional<LocalDate> otherStart = date(otherCampaign, "start");
				if (sponsored && otherStart.isPresent() && campaign.path("audience").equals(otherCampaign.path("audience"))
						&& Math.abs(otherStart.get().toEpochDay() - start.get().toEpochDay()) < rules.cap("frequencyCapDays")) {
					others.add(other.getFileName().toString());
				}
			}
		} catch (IOException | RuntimeException e) {
			return others;
		}
		return others;
	}

	private static Optional<LocalDate> date(JsonNode campaign, String field) {
		try {
			return Optional.of(LocalDate.parse(campaign.path("schedule").path(field).asText("")));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
