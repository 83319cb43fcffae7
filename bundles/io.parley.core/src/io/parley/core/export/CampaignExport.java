package io.parley.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.model.campaign.CampaignParts;
import io.parley.model.files.internal.StagedBatch;
import io.parley.model.json.Json;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;

/**
 * Runs one exporter on one campaign: refuses a campaign with errors unless forced, lets the
 * exporter write into a staging folder, and moves the result into the output folder as one batch
 * only when the exporter succeeded, so the output folder never holds half an export. An export that
 * was killed is finished or thrown away by the next one into the same folder.
 */
public final class CampaignExport {

	private final ExporterDescriptor exporter;
	private static final ObjectMapper JSON = Json.mapper();
	private static final String STAGING_PREFIX = ".parley-export-";

	private final RuleSet ruleSet = ActiveRuleSet.get();

	public CampaignExport(ExporterDescriptor exporter) {
		this.exporter = exporter;
	}

	/** The errors of the campaign and of the documents it sends; an export with errors must be forced. */
	public List<Diagnostic> errors(Path campaignFile) {
		List<Diagnostic> errors = new ArrayList<>(errorsOf(campaignFile, ""));
		for (Path part : parts(campaignFile)) {
			errors.addAll(errorsOf(part, part.getFileName() + ": "));
		}
		return errors;
	}

	/** The audience, content and budget the campaign names and that exist: what its export sends. */
	private static List<Path> parts(Path campaignFile) {
		try {
			CampaignParts parts = CampaignParts.of(campaignFile, JSON.readTree(campaignFile.toFile()));
			return Stream.of(CampaignParts.AUDIENCE, CampaignParts.CONTENT, CampaignParts.BUDGET).map(parts::file)
					.flatMap(Optional::stream).filter(Files::isRegularFile).toList();
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}

	private List<Diagnostic> errorsOf(Path file, String prefix) {
		List<Diagnostic> found = DocumentKindRegistry.getDefault().forFileName(file.getFileName().toString())
				.map(kind -> kind.validate(file, ruleSet)).orElse(List.of());
		return found.stream().filter(Diagnostic::isError).map(d -> new Diagnostic(d.ruleId(), d.severity(),
				prefix + d.message(), d.path(), d.start(), d.end(), d.line(), d.column())).toList();
	}

	/** Exports and returns the files now in {@code outputFolder}. */
	public List<Path> run(Path campaignFile, Path outputFolder, boolean force, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + campaignFile.getFileName(), 10);
		List<Diagnostic> errors = errors(campaignFile);
		if (!errors.isEmpty() && !force) {
			throw new ExportRefusedException(campaignFile, errors);
		}
		Files.createDirectories(outputFolder);
		try (StagedBatch batch = StagedBatch.begin(outputFolder, STAGING_PREFIX)) {
			exporter.exporter().export(campaignFile, batch.files(), progress.split(8));
			// An exporter that stops early on a cancel has written only part of the export.
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			return batch.commit();
		} finally {
			progress.done();
		}
	}
}
