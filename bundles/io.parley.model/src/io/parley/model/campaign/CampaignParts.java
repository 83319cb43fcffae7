package io.parley.model.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.json.Json;
import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.FunnelRates;
import io.parley.model.results.CampaignResults;
import io.parley.model.results.ChosenRates;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;

/**
 * A campaign with the documents it names (audience, content, budget), read from the campaign's
 * folder: the one reader of a campaign's parts. A part that is not named, missing or unreadable is
 * simply absent: the campaign's own diagnostics say why, and the overview shows what it can; what
 * cannot go without a part asks for it with {@link #required}, which says why it is absent.
 */
public final class CampaignParts {

	public static final String AUDIENCE = "audience";
	public static final String CONTENT = "content";
	public static final String BUDGET = "budget";
	private static final ObjectMapper JSON = Json.mapper();
	public static final String RESULTS = "results";
	private static final long DEFAULT_FLIGHT_DAYS = 30;

	private final Path folder;
	private final JsonNode campaign;
	private final Optional<JsonNode> audience;
	private final Optional<JsonNode> content;
	private final Optional<JsonNode> budget;

	private CampaignParts(Path folder, JsonNode campaign) {
		this.folder = folder;
		this.campaign = campaign;
		this.audience = read(AUDIENCE);
		this.content = read(CONTENT);
		this.budget = read(BUDGET);
	}

	public static CampaignParts of(Path campaignFile, JsonNode campaign) {
		return new CampaignParts(campaignFile.toAbsolutePath().getParent(), campaign);
	}

	public static CampaignParts read(Path campaignFile) throws IOException {
		return of(campaignFile, JSON.readTree(campaignFile.toFile()));
	}

	public JsonNode campaign() {
		return campaign;
	}

	public Optional<JsonNode> audience() {
		return audience;
	}

	public Optional<JsonNode> content() {
		return content;
	}

	public Optional<JsonNode> budget() {
		return budget;
	}

	/**
	 * A part that must be there, such as {@code content} for an export; an exception that says which
	 * part is missing, or why it cannot be read, where it is absent.
	 */
	public JsonNode required(String part) throws IOException {
		Optional<JsonNode> read = switch (part) {
			case AUDIENCE -> audience;
			case CONTENT -> content;
			case BUDGET -> budget;
			default -> throw new IllegalArgumentException("A campaign has no part '" + part + "'");
		};
		if (read.isPresent()) {
			return read.get();
		}
		Path file = file(part).orElseThrow(() -> new IOException("The campaign names no " + part + " file"));
		if (!Files.isReadable(file)) {
			throw new IOException("The campaign's " + part + " file " + campaign.path(part).asText() + " cannot be read");
		}
		return JSON.readTree(file.toFile());
	}

	public Optional<MessageFormat> format() {
		return MessageFormat.of(campaign.path("format").asText(""));
	}

	/** The file a part names, such as {@code audience}; empty when the campaign names none. */
	public Optional<Path> file(String part) {
		String name = campaign.path(part).asText("");
		return name.isEmpty() ? Optional.empty() : Optional.of(folder.resolve(name));
	}

	/** Days from the schedule's start to its end, both included; the budget's dates, else 30 days. */
	public long flightDays() {
		return days(campaign.path("schedule")).or(() -> budget.flatMap(CampaignParts::days)).orElse(DEFAULT_FLIGHT_DAYS);
	}

	public long audienceSize() {
		return audience.map(a -> a.path("estimatedSize").asLong(0)).orElse(0L);
	}

	/**
	 * The funnel the budget buys for this campaign's format and audience, as the budget editor
	 * forecasts it; empty without a format or a complete budget (total, cost per send, dates).
	 */
	public Optional<BudgetForecast> forecast(RuleSet rules) {
		if (budget.isEmpty() || format().isEmpty()) {
			return Optional.empty();
		}
		return new BudgetPlan(budget.get(), rules).forecast(budget.get().path("total").asDouble(0), format().get(), audienceSize(),
				rates(rules).rates());
	}

	/** The rates the budget forecasts with and their source: the rule set's benchmarks, or a campaign's observed rates. */
	public ChosenRates rates(RuleSet rules) {
		FunnelRates benchmarks = FunnelRates.of(rules, format().orElse(MessageFormat.MESSAGE_AD));
		return budget.isEmpty() || format().isEmpty() ? new ChosenRates(benchmarks, ChosenRates.BENCHMARKS)
				: ChosenRates.of(budget.get(), folder, rules, format().get());
	}

	/** The results file the campaign names ({@code "results"}); empty when it names none. */
	public Optional<Path> resultsFile() {
		return file(RESULTS);
	}

	/** What the campaign did, read from its results file; empty when it names none. */
	public Optional<CampaignResults> results() throws IOException {
		Optional<Path> file = resultsFile();
		return file.isEmpty() ? Optional.empty() : Optional.of(CampaignResults.of(file.get(), campaign, ""));
	}

	private Optional<JsonNode> read(String part) {
		return file(part).filter(Files::isRegularFile).flatMap(path -> {
			try {
				return Optional.of(JSON.readTree(path.toFile()));
			} catch (IOException | RuntimeException e) {
				return Optional.empty();
			}
		});
	}

	private static Optional<Long> days(JsonNode dated) {
		try {
			LocalDate start = LocalDate.parse(dated.path("start").asText(""));
			LocalDate end = LocalDate.parse(dated.path("end").asText(""));
			return end.isBefore(start) ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(start, end) + 1);
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
