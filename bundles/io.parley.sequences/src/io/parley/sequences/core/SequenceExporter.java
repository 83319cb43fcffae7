package io.parley.sequences.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.export.CampaignExporter;
import io.parley.core.export.ExporterDescriptor;
import io.parley.core.export.ExporterRegistry;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.rules.RuleSet;
import io.parley.sequences.Sequence;
import io.parley.sequences.SequenceDocument;
import io.parley.sequences.Step;
import io.parley.sequences.plan.Person;
import io.parley.sequences.plan.Planner;
import io.parley.sequences.plan.SendingDaysCalendar;
import io.parley.sequences.plan.SequencePlan;
import io.parley.sequences.plan.TaskList;

/**
 * A sequence for the people who send it: the task list of every day (CSV), the sending days as a
 * calendar (iCalendar), and each sponsored step's campaign through the Marketing API exporter, in
 * {@code sponsored/STEP/}.
 */
public final class SequenceExporter implements CampaignExporter {

	/** The exporter that writes a sponsored step's campaign, as the studio's own exports do. */
	static final String SPONSORED_EXPORTER = "linkedin-api";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public void export(Path sequenceFile, Path stagingFolder, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting the sequence", 3);
		RuleSet ruleSet = ActiveRuleSet.forFile(sequenceFile);
		Path folder = sequenceFile.toAbsolutePath().getParent();
		Sequence sequence = SequenceDocument.read(sequenceFile);
		List<Person> people = SequenceDocument.people(sequence, folder)
				.orElseThrow(() -> new IOException("The sequence names no prospect list or number of people to plan for"));
		SequencePlan plan = new Planner(ruleSet).plan(sequence, people, SequenceDocument.start(sequence, LocalDate.now()));
		String name = DocumentKindRegistry.getDefault().forFileName(sequenceFile.getFileName().toString())
				.map(kind -> kind.documentName(sequenceFile.getFileName().toString())).orElse("sequence");
		try (Writer out = Files.newBufferedWriter(stagingFolder.resolve(name + ".tasks.csv"), StandardCharsets.UTF_8)) {
			new TaskList(ruleSet, messages(folder)).write(plan, out);
		}
		progress.worked(1);
		try (Writer out = Files.newBufferedWriter(stagingFolder.resolve(name + ".ics"), StandardCharsets.UTF_8)) {
			SendingDaysCalendar.write(sequence, plan, name, Instant.now(), out);
		}
		progress.worked(1);
		exportSponsored(sequence, folder, stagingFolder.resolve("sponsored"), progress.split(1));
	}

	private static TaskList.MessageFiles messages(Path folder) {
		Map<String, Optional<JsonNode>> read = new HashMap<>();
		return step -> read.computeIfAbsent(step.message(), file -> {
			try {
				return file.isEmpty() ? Optional.empty() : Optional.of(JSON.readTree(folder.resolve(file).toFile()));
			} catch (IOException e) {
				return Optional.empty();
			}
		});
	}

	private static void exportSponsored(Sequence sequence, Path folder, Path sponsored, IProgressMonitor monitor) throws IOException {
		List<Step> steps = sequence.steps().stream().filter(s -> s.touch().isSponsored() && !s.campaign().isEmpty()).toList();
		if (steps.isEmpty()) {
			return;
		}
		ExporterDescriptor exporter = ExporterRegistry.getDefault().byId(SPONSORED_EXPORTER)
				.orElseThrow(() -> new IOException("The sponsored steps need the " + SPONSORED_EXPORTER + " exporter, which is not installed"));
		SubMonitor progress = SubMonitor.convert(monitor, steps.size());
		for (Step step : steps) {
			Path into = Files.createDirectories(sponsored.resolve(step.id()));
			exporter.exporter().export(folder.resolve(step.campaign()), into, progress.split(1));
		}
	}
}
