package io.parley.core.export.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.parley.core.export.CampaignExporter;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.files.internal.DocumentFiles;
import io.parley.model.forecast.CampaignSchedule;
import io.parley.model.forecast.SendCalendar;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rendering.PreparedText;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.ProspectListFacts;

/**
 * {@code sends.csv}: one row per rendered message of an InMail, message or connection-note campaign
 * (recipient, subject, body, scheduled date from the send calendar), for the person who sends them
 * by hand. Sends keep to the campaign's schedule and end with it; an InMail campaign may name its plan
 * ({@code "inMailPlan": "SALES_NAVIGATOR_CORE"}), and then each month sends what the plan's credits
 * allow by the same rule the campaign's check uses ({@link CampaignSchedule}). Prospects beyond
 * these are listed as not scheduled, also in an export forced past the campaign's errors. The list is
 * read once to write the rows, after the one pass of the campaign's check, which also counts it.
 */
public final class SendListExporter implements CampaignExporter {

	private static final List<String> COLUMNS = List.of("recipient", "subject", "body", "scheduled");
	private static final int PLANNED_MONTHS = 12;

	@Override
	public void export(Path campaignFile, Path stagingFolder, IProgressMonitor monitor) throws IOException {
		Path folder = campaignFile.toAbsolutePath().getParent();
		JsonNode campaign = DocumentFiles.read(campaignFile);
		MessageFormat format = MessageFormat.of(campaign.path("format").asText()).orElseThrow(
				() -> new IOException("The campaign has no known format"));
		if (format.isSponsored()) {
			throw new IOException(format.plural() + " are delivered by LinkedIn, not sent by hand; export them as linkedin-api");
		}
		JsonNode template = DocumentFiles.read(folder.resolve(campaign.path("content").asText()));
		JsonNode audience = DocumentFiles.read(folder.resolve(campaign.path("audience").asText()));
		ProspectSource prospects = new ProspectSource(folder.resolve(audience.path("prospects").asText("")), ProspectColumns.of(audience));
		if (!Files.isRegularFile(prospects.file())) {
			throw new IOException("The campaign's audience names no prospect list to send to");
		}
		// The rules of the campaign's check, with the workspace's own values: the export counts, schedules
		// and renders as the check said, and the check's one pass over the list (refused rows, credits) counts it.
		RuleSet rules = ActiveRuleSet.forFile(campaignFile);
		stopIfCanceled(monitor);
		long people = ProspectListFacts.of(prospects, rules).whole().people();
		stopIfCanceled(monitor);
		CampaignSchedule schedule = CampaignSchedule.of(campaign.path("schedule"), LocalDate.now());
		String plan = campaign.path("inMailPlan").asText("");
		int[] credits = plan.isEmpty() ? null : schedule.inMailQuota(rules, plan, people);
		Iterator<LocalDateTime> times = new SendCalendar(rules).withSchedule(campaign.path("schedule")).times(people,
				schedule.start(), schedule.end().orElse(null), credits);
		String unscheduled = plan.isEmpty() ? "not scheduled: the campaign ends first"
				: "not scheduled: the plan has no credits for it before the campaign ends";
		MessageRenderer renderer = new MessageRenderer(rules);
		write(stagingFolder.resolve("sends.csv"), renderer.prepare(template.path("subject").asText("")),
				renderer.prepare(template.path("body").asText("")), prospects, times, unscheduled, monitor);
	}

	/** A canceled export stops; a list cut short would schedule and write the wrong people. */
	private static void stopIfCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** One pass over the list: the calendar gives the times of the list's people in its order. */
	private static void write(Path file, PreparedText subject, PreparedText body, ProspectSource prospects,
			Iterator<LocalDateTime> times, String unscheduled, IProgressMonitor monitor) throws IOException {
		CsvSchema header = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				// flushed once at the end, not after each row: a flush per row was a write to the disk per row
				SequenceWriter csv = new CsvMapper().writer(header).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
						.writeValues(out);
				ProspectList list = prospects.open()) {
			while (list.hasNext()) {
				stopIfCanceled(monitor);
				Prospect prospect = list.next();
				csv.write(List.of(prospect.value("firstName") + " " + prospect.value("lastName"),
						subject.render(prospect), body.render(prospect),
						times.hasNext() ? times.next().toString() : unscheduled));
			}
		}
	}
}
