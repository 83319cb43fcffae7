package io.parley.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * Runs one exporter on one campaign: refuses a campaign with errors unless forced, lets the
 * exporter write into a staging folder, and moves the result into the output folder only when the
 * exporter succeeded, so the output folder never holds half an export.
 */
public final class CampaignExport {

	private final ExporterDescriptor exporter;
	private final FileValidator validator = new FileValidator();

	public CampaignExport(ExporterDescriptor exporter) {
		this.exporter = exporter;
	}

	/** The campaign's errors; an export of a campaign with errors must be forced. */
	public List<Diagnostic> errors(Path campaignFile) {
		return validator.validate(campaignFile).stream().filter(Diagnostic::isError).toList();
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
		Path staging = Files.createTempDirectory(outputFolder, ".parley-export-");
		try {
			exporter.exporter().export(campaignFile, staging, progress.split(8));
			return moveIntoPlace(staging, outputFolder);
		} finally {
			deleteRecursively(staging);
			progress.done();
		}
	}

	private static List<Path> moveIntoPlace(Path staging, Path outputFolder) throws IOException {
		List<Path> moved = new ArrayList<>();
		try (Stream<Path> files = Files.list(staging)) {
			for (Path file : files.sorted().toList()) {
				Path target = outputFolder.resolve(file.getFileName().toString());
				if (Files.isDirectory(target)) {
					deleteRecursively(target);
				}
				moved.add(Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
			}
		}
		return moved;
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
