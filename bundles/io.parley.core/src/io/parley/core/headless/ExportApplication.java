package io.parley.core.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.parley.core.export.CampaignExport;
import io.parley.core.export.ExportRefusedException;
import io.parley.core.export.ExporterDescriptor;
import io.parley.core.export.ExporterRegistry;
import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;

/**
 * {@code parley export CAMPAIGN.campaign.json --to ID --out DIR [--force]}: exit 0 when exported,
 * 1 when the campaign has errors (not forced) or the exporter failed, 2 on a usage error or a
 * campaign file that cannot be read.
 */
public final class ExportApplication implements IApplication {

	private static final int EXPORTED = 0;
	private static final int FAILED = 1;
	private static final int USAGE = 2;

	@Override
	public Object start(IApplicationContext context) {
		return UnexpectedFailure.reported("export", System.err, () -> run(HeadlessArguments.of(context), System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		ExportOptions options;
		try {
			options = ExportOptions.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("parley export: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		if (options.help()) {
			out.println(usage());
			return EXPORTED;
		}
		return export(options, out, err);
	}

	private static int export(ExportOptions options, PrintStream out, PrintStream err) {
		Optional<ExporterDescriptor> exporter = ExporterRegistry.getDefault().byId(options.exporterId());
		if (exporter.isEmpty()) {
			err.println("parley export: no exporter '" + options.exporterId() + "'; available: " + available());
			return USAGE;
		}
		if (!Files.isReadable(options.campaign())) {
			err.println("parley export: cannot read " + options.campaign());
			return USAGE;
		}
		String kind = DocumentKindRegistry.getDefault().forFileName(options.campaign().getFileName().toString())
				.map(DocumentKindDescriptor::id).orElse("");
		if (!exporter.get().exports(kind)) {
			err.println("parley export: " + exporter.get().name() + " writes " + String.join(" or ", exporter.get().kinds()) + " documents, not "
					+ options.campaign().getFileName() + (kind.isEmpty() ? "" : "; for a " + kind + ": " + available(kind)));
			return USAGE;
		}
		try {
			List<Path> written = new CampaignExport(exporter.get()).run(options.campaign(), options.outputFolder(),
					options.force(), new NullProgressMonitor());
			written.forEach(file -> out.println(file));
			err.println("Exported " + options.campaign().getFileName() + " as " + exporter.get().name() + ": "
					+ written.size() + (written.size() == 1 ? " file" : " files") + " in " + options.outputFolder());
			return EXPORTED;
		} catch (ExportRefusedException e) {
			err.println(e.getMessage());
			return FAILED;
		} catch (IOException | RuntimeException e) {
			err.println("parley export: " + exporter.get().name() + " failed: " + e.getMessage());
			return FAILED;
		}
	}

	private static String available() {
		return String.join(", ", ExporterRegistry.getDefault().exporters().stream().map(ExporterDescriptor::id).toList());
	}

	private static String available(String kind) {
		return String.join(", ", ExporterRegistry.getDefault().exporters().stream().filter(e -> e.exports(kind)).map(ExporterDescriptor::id).toList());
	}

	private static String usage() {
		StringBuilder usage = new StringBuilder("""
				Usage: parley export DOCUMENT --to EXPORTER --out DIR [--force]

				Writes a campaign (or another document an exporter takes, such as a sequence) as files
				for another system. A document with errors is refused unless --force is given.
				Exit status: 0 exported, 1 refused or failed, 2 usage error.

				Exporters:""");
		ExporterRegistry.getDefault().exporters()
				.forEach(e -> usage.append("\n  ").append(String.format("%-16s %s (%s)", e.id(), e.name(), String.join(", ", e.kinds()))));
		return usage.toString();
	}

	@Override
	public void stop() {
		// exports run to completion; the JVM's exit ends them
	}
}
