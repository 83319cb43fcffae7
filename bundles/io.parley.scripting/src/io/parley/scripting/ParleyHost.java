package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.graalvm.polyglot.HostAccess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.parley.core.export.CampaignExport;
import io.parley.core.export.ExporterRegistry;
import io.parley.model.files.DocumentFiles;
import io.parley.model.files.Prospect;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.SendCalendar;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MessageRenderer;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.MessageValidator;

/**
 * What the {@code parley} object of a script can do, and nothing more. Values cross as JSON text, so
 * scripts work with plain JavaScript objects and never hold a Java object they could reflect on;
 * the prelude turns them back into objects.
 */
public final class ParleyHost {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ScriptRun run;
	private final WorkspaceFiles files;
	private final RuleSet ruleSet;
	private final ScriptRun.Progress progress;

	ParleyHost(ScriptRun run, WorkspaceFiles files, RuleSet ruleSet) {
		this.run = run;
		this.files = files;
		this.ruleSet = ruleSet;
		this.progress = run.progress();
	}

	@HostAccess.Export
	public String args() throws IOException {
		return JSON.writeValueAsString(run.args());
	}

	@HostAccess.Export
	public void print(String stream, String text) {
		("log".equals(stream) ? run.out() : run.err()).println("log".equals(stream) ? text : stream + ": " + text);
	}

	@HostAccess.Export
	public String readScript(String path) throws IOException {
		return Files.readString(files.forReading(path));
	}

	/** A plugin's module for {@code require('name')}, or null when no plugin offers one of that name. */
	@HostAccess.Export
	public Object module(String name) {
		return ScriptModules.byName(name).orElse(null);
	}

	@HostAccess.Export
	public String list(String suffix) throws IOException {
		return JSON.writeValueAsString(files.list(suffix));
	}

	@HostAccess.Export
	public String load(String path) throws IOException {
		return JSON.writeValueAsString(DocumentFiles.read(files.forReading(path)));
	}

	@HostAccess.Export
	public void save(String path, String document) throws IOException {
		DocumentFiles.write(files.forWriting(path), JSON.readTree(document));
	}

	@HostAccess.Export
	public String validateFile(String path) throws IOException {
		return JSON.writeValueAsString(new FileValidator(ruleSet).validate(files.forReading(path)));
	}

	@HostAccess.Export
	public String validate(String document, String format) throws IOException {
		MessageFormat messageFormat = MessageFormat.of(format)
				.orElseThrow(() -> new IllegalArgumentException("Unknown format " + format + "; expected one of "
						+ java.util.Arrays.toString(MessageFormat.values())));
		return JSON.writeValueAsString(new MessageValidator(ruleSet).validate(JSON.readTree(document), messageFormat));
	}

	@HostAccess.Export
	public String render(String text, String prospect) throws IOException {
		Map<String, String> fields = new java.util.HashMap<>();
		JSON.readTree(prospect).fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
		return new MessageRenderer(ruleSet).render(text, new Prospect(0, fields));
	}

	@HostAccess.Export
	public ProspectCursor prospects(String path) throws IOException {
		return new ProspectCursor(files.forReading(path));
	}

	@HostAccess.Export
	public String forecast(String request) throws IOException {
		return JSON.writeValueAsString(ScriptForecast.of(JSON.readTree(request), ruleSet));
	}

	@HostAccess.Export
	public String creditPlan(String request) throws IOException {
		JsonNode input = JSON.readTree(request);
		int[] planned = JSON.convertValue(input.path("planned"), int[].class);
		InMailCreditLedger ledger = new InMailCreditLedger(ruleSet, input.path("plan").asText());
		return JSON.writeValueAsString(ledger.simulate(planned, input.path("responseRate").asDouble(0)));
	}

	@HostAccess.Export
	public void writeText(String path, String text) throws IOException {
		DocumentFiles.writeAtomically(files.forWriting(path), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@HostAccess.Export
	public String calendar(String request) throws IOException {
		JsonNode input = JSON.readTree(request);
		List<Long> rows = new ArrayList<>();
		input.path("prospects").forEach(row -> rows.add(row.asLong()));
		int[] credits = input.has("monthlyCredits") ? JSON.convertValue(input.get("monthlyCredits"), int[].class) : null;
		ArrayNode sends = JSON.createArrayNode();
		new SendCalendar(ruleSet).schedule(rows, LocalDate.parse(input.path("start").asText()), credits)
				.forEach(send -> sends.addObject().put("prospect", send.prospectRow()).put("at", send.at().toString()));
		return sends.toString();
	}

	@HostAccess.Export
	public String exportCampaign(String campaign, String exporter, String outputFolder) throws IOException {
		CampaignExport export = new CampaignExport(ExporterRegistry.getDefault().byId(exporter)
				.orElseThrow(() -> new IllegalArgumentException("No exporter '" + exporter + "'")));
		Path out = files.stagingFolder(outputFolder);
		List<Path> written = export.run(files.forReading(campaign), out, false, new NullProgressMonitor());
		files.adopt(written);
		return JSON.writeValueAsString(written.stream().map(p -> p.getFileName().toString()).toList());
	}

	@HostAccess.Export
	public void progress(double done, double total) {
		progress.update((long) done, (long) total);
	}

	void finishProgress() {
		progress.finish();
	}

	/** A prospect list read row by row, so a script can go through a million rows. */
	public static final class ProspectCursor {

		private final io.parley.model.files.ProspectList list;

		ProspectCursor(Path file) throws IOException {
			this.list = io.parley.model.files.ProspectList.open(file);
		}

		@HostAccess.Export
		public String next() throws IOException {
			if (!list.hasNext()) {
				list.close();
				return null;
			}
			Prospect prospect = list.next();
			return JSON.writeValueAsString(Map.of("row", prospect.row(), "fields", prospect.fields()));
		}
	}
}
