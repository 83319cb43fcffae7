package io.parley.scripting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.core.export.CampaignExport;
import io.parley.core.export.ExporterRegistry;
import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.core.kinds.NewDocumentContent;
import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.files.internal.DocumentFiles;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.SendCalendar;
import io.parley.model.json.Json;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rendering.MessageRenderer.Segment;
import io.parley.model.rendering.PreparedText;
import io.parley.model.rules.Macro;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.MessageValidator;
import io.parley.model.validation.RuleCatalog;

/**
 * What the {@code parley} object of a script can do, and nothing more. Values cross as JSON text, so
 * scripts work with plain JavaScript objects and never hold a Java object they could reflect on;
 * the prelude turns them back into objects.
 */
public final class ParleyHost {

	/** A script may save any document it can build; the validator, not the reader, judges its length. */
	private static final ObjectMapper JSON = Json.withoutLengthLimit();
	private static final int PREPARED_TEXTS = 1000;

	private final ScriptRun run;
	private final WorkspaceFiles files;
	private final RuleCatalog catalog;
	private final RuleSet ruleSet;
	private final ScriptRun.Progress progress;
	private final MessageRenderer renderer;
	/** The texts {@link #render} was given, prepared; forgotten all at once past {@link #PREPARED_TEXTS}. */
	private final Map<String, PreparedRender> preparedTexts = new HashMap<>();
	/** Prepared once per run: a batch validates each of its messages. */
	private final MessageValidator validator;
	private final TableWriter tables;
	/** Prospect lists and batches the script has not gone through to their end. */
	private final List<AutoCloseable> openLists = new ArrayList<>();
	/** Why the last write failed, in the script author's words, until the prelude reports where. */
	private String lastWriteError;

	ParleyHost(ScriptRun run, WorkspaceFiles files, RuleCatalog catalog, RuleSet ruleSet) {
		this.run = run;
		this.files = files;
		this.catalog = catalog;
		this.ruleSet = ruleSet;
		this.progress = run.progress();
		this.renderer = new MessageRenderer(ruleSet);
		this.validator = new MessageValidator(catalog, ruleSet);
		this.tables = new TableWriter(progress);
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
		return ScriptModules.getDefault().byName(name).orElse(null);
	}

	/** The functions plugins' modules add to the parley object, as JSON: {"plan": "sequences"}. */
	@HostAccess.Export
	public String functions() throws IOException {
		return JSON.writeValueAsString(ScriptModules.getDefault().functions());
	}

	@HostAccess.Export
	public String list(String suffix) throws IOException {
		return JSON.writeValueAsString(files.list(suffix));
	}

	@HostAccess.Export
	public String load(String path) throws IOException {
		Path file = files.forReading(path);
		// a plugin's kind (a sequence) is read by the schema it declares, as strictly as the model's own
		Optional<String> schema = SavedDocument.kindOf(file.getFileName().toString()).flatMap(DocumentKindDescriptor::schema);
		return JSON.writeValueAsString(schema.isPresent() ? DocumentFiles.read(file, schema.get()) : DocumentFiles.read(file));
	}

	/** A new document of a kind ("template", "flow", ...), as the studio's New wizard starts it. */
	@HostAccess.Export
	public String create(String kind) throws IOException {
		DocumentKindDescriptor descriptor = DocumentKindRegistry.getDefault().byId(kind)
				.filter(k -> SavedDocument.isJson(k) && k.initialContent().isPresent())
				.orElseThrow(() -> new IllegalArgumentException("No document kind '" + kind + "'; scripts create "
						+ DocumentKindRegistry.getDefault().kinds().stream().filter(SavedDocument::isJson)
								.map(DocumentKindDescriptor::id).toList()));
		return new String(NewDocumentContent.create(descriptor, Map.of()), StandardCharsets.UTF_8);
	}

	@HostAccess.Export
	public void save(String path, String document) throws IOException {
		writing(() -> DocumentFiles.write(files.forWriting(path), SavedDocument.check(path, JSON.readTree(document))));
	}

	@HostAccess.Export
	public String validateFile(String path) throws IOException {
		return JSON.writeValueAsString(new FileValidator(catalog, ruleSet).validate(files.forReading(path)));
	}

	@HostAccess.Export
	public String validate(Value document, String format) throws IOException {
		return JSON.writeValueAsString(validator.validate(ScriptValues.toJson(document), format(format)));
	}

	private static MessageFormat format(String format) {
		return MessageFormat.of(format).orElseThrow(() -> new IllegalArgumentException("Unknown format " + format
				+ "; expected one of " + Arrays.toString(MessageFormat.values())));
	}

	/**
	 * The prospect arrives as the script's object itself, and only the columns the text's macros
	 * read are taken from it: a batch renders twice per row, and each read from Java is a call into
	 * the script. A batch renders the same texts again and again, so each is prepared once.
	 */
	@HostAccess.Export
	public String render(String text, Value prospect) {
		PreparedRender prepared = preparedTexts.get(text);
		if (prepared == null) {
			if (preparedTexts.size() >= PREPARED_TEXTS) {
				preparedTexts.clear();
			}
			prepared = prepare(text);
			preparedTexts.put(text, prepared);
		}
		Map<String, String> fields = new HashMap<>();
		for (String column : prepared.columns()) {
			Value value = prospect.getMember(column);
			if (value != null && !value.isNull()) {
				fields.put(column, value.isString() ? value.asString() : value.toString());
			}
		}
		return prepared.text().render(new Prospect(0, fields));
	}

	/** The text prepared, and the columns its macros read: those of the macros among its segments for no one. */
	private PreparedRender prepare(String text) {
		PreparedText prepared = renderer.prepare(text);
		List<String> columns = prepared.segments(new Prospect(0, Map.of())).stream().map(Segment::macro).filter(Objects::nonNull)
				.map(ruleSet.macros()::get).filter(Objects::nonNull).map(Macro::column).distinct().toList();
		return new PreparedRender(prepared, columns);
	}

	private record PreparedRender(PreparedText text, List<String> columns) {
	}

	/**
	 * @param columns JSON text: the list's column for each macro field, as an audience's {@code prospectColumns}
	 * @param sheet   the sheet of a workbook the list is on, as an audience's {@code prospectSheet}; empty for the first
	 */
	@HostAccess.Export
	public ProspectCursor prospects(String path, String columns, String sheet) throws IOException {
		return new ProspectCursor(new ProspectSource(files.forReading(path), ProspectColumns.fromMapping(JSON.readTree(columns))
				.onSheet(sheet)));
	}

	/**
	 * Every prospect's message, made and checked in Java as the script or a writer takes the next.
	 * @param template the template document, read straight from the script's object
	 * @param options JSON text: {@code format} (the template's own when absent) and the list's {@code columns}
	 */
	@HostAccess.Export
	public PersonalizedMessages personalize(Value template, String path, String options) throws IOException {
		JsonNode document = ScriptValues.toJson(template);
		if (!(document instanceof ObjectNode fields)) {
			throw new IllegalArgumentException("personalize takes a template, or the path of a template file, not " + document);
		}
		JsonNode chosen = JSON.readTree(options);
		MessageFormat format = format(chosen.path("format").asText(document.path("format").asText("")));
		ProspectList list = new ProspectSource(files.forReading(path), ProspectColumns.fromMapping(chosen.path("columns"))).open();
		PersonalizedMessages[] messages = new PersonalizedMessages[1];
		messages[0] = new PersonalizedMessages(list, fields, format, renderer, validator, () -> openLists.remove(messages[0]));
		openLists.add(messages[0]);
		return messages[0];
	}

	/**
	 * Streams rows into a CSV file: the messages of {@link #personalize} without a row crossing into
	 * the script, or any of the script's iterables of objects. Returns how many rows it wrote.
	 * @param columns JSON text: names or paths of the values, as an array or {header: path}
	 */
	@HostAccess.Export
	public long writeCsv(String path, Value rows, String columns) throws IOException {
		long[] written = new long[1];
		writing(() -> written[0] = tables.csv(files.forWriting(path), TableWriter.rows(rows), TableColumns.of(JSON.readTree(columns))));
		return written[0];
	}

	/** As {@link #writeCsv}, into a JSON array a row a line; without columns each row whole. */
	@HostAccess.Export
	public long writeJson(String path, Value rows, String columns) throws IOException {
		long[] written = new long[1];
		writing(() -> written[0] = tables.json(files.forWriting(path), TableWriter.rows(rows), TableColumns.of(JSON.readTree(columns))));
		return written[0];
	}

	/**
	 * The results a campaign of the workspace names, day by day and in total, and, where its budget
	 * makes a forecast, each figure against it.
	 */
	@HostAccess.Export
	public String results(String campaignPath) throws IOException {
		return JSON.writeValueAsString(ScriptResults.of(files.forReading(campaignPath), campaignPath, ruleSet));
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
		writing(() -> DocumentFiles.writeAtomically(files.forWriting(path), text.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Called by the prelude when a write failed, with the script's stack there: the run then fails
	 * and writes nothing, even if the script caught the error and went on.
	 */
	@HostAccess.Export
	public void writeFailed(String path, String scriptMessage, String stack) {
		String reason = lastWriteError != null ? lastWriteError : scriptMessage;
		lastWriteError = null;
		files.writeFailed("\"" + path + "\" could not be written: " + reason + ScriptFailure.scriptLine(stack, files.boundary().root()));
	}

	private void writing(Write write) throws IOException {
		try {
			write.run();
		} catch (IOException | RuntimeException e) {
			lastWriteError = ScriptFailure.inWords(e);
			throw e;
		}
	}

	@FunctionalInterface
	private interface Write {
		void run() throws IOException;
	}

	@HostAccess.Export
	public String calendar(String request) throws IOException {
		JsonNode input = JSON.readTree(request);
		List<Long> rows = new ArrayList<>();
		input.path("prospects").forEach(row -> rows.add(row.asLong()));
		int[] credits = input.has("monthlyCredits") ? JSON.convertValue(input.get("monthlyCredits"), int[].class) : null;
		ArrayNode sends = JSON.createArrayNode();
		new SendCalendar(ruleSet).withSchedule(input).schedule(rows, LocalDate.parse(input.path("start").asText()), credits)
				.forEach(send -> sends.addObject().put("prospect", send.prospectRow()).put("at", send.at().toString()));
		return sends.toString();
	}

	@HostAccess.Export
	public String exportCampaign(String campaign, String exporter, String outputFolder) throws IOException {
		CampaignExport export = new CampaignExport(ExporterRegistry.getDefault().byId(exporter)
				.orElseThrow(() -> new IllegalArgumentException("No exporter '" + exporter + "'")));
		List<Path> written = new ArrayList<>();
		writing(() -> written.addAll(export.run(files.forReading(campaign), files.stagingFolder(outputFolder), false,
				new StoppableMonitor())));
		return JSON.writeValueAsString(written.stream().map(p -> p.getFileName().toString()).toList());
	}

	@HostAccess.Export
	public void progress(double done, double total) {
		progress.update((long) done, (long) total);
	}

	/**
	 * Ends the run on the host's side: the progress line, and the prospect lists the script left
	 * open (it failed, was stopped, or never finished a loop), which would otherwise hold their files
	 * open in the studio until the garbage collector finds them.
	 */
	void finish() {
		progress.finish();
		for (AutoCloseable list : List.copyOf(openLists)) {
			try {
				list.close();
			} catch (Exception e) {
				run.err().println("warning: " + e);
			}
		}
	}

	/** An exporter's monitor that a stop of the run cancels: the stop interrupts the script's thread. */
	private static final class StoppableMonitor extends NullProgressMonitor {

		@Override
		public boolean isCanceled() {
			return Thread.currentThread().isInterrupted();
		}
	}

	/** A prospect list read row by row, so a script can go through a million rows. */
	public final class ProspectCursor implements AutoCloseable {

		private final ProspectList list;

		ProspectCursor(ProspectSource source) throws IOException {
			this.list = source.open();
			openLists.add(this);
		}

		/** Puts the next row's columns into the script's object {@code fields}; its row number, or 0 after the last. */
		@HostAccess.Export
		public long next(Value fields) throws IOException {
			if (!list.hasNext()) {
				close();
				return 0;
			}
			Prospect prospect = list.next();
			prospect.fields().forEach(fields::putMember);
			return prospect.row();
		}

		@HostAccess.Export
		@Override
		public void close() throws IOException {
			openLists.remove(this);
			list.close();
		}
	}
}
