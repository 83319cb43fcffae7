package io.parley.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectIndex;
import io.parley.model.files.ProspectList;
import io.parley.model.files.ProspectSource;
import io.parley.model.files.internal.DocumentFiles;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.ProspectListFacts;
import io.parley.model.validation.RuleCatalog;

/**
 * Issue 18's fuzzing, outside CI: mutated sample documents through the document reader and checker,
 * mutated prospect lists through the list reader, and random text with macros through macro
 * expansion, for a given time each. An exception other than the ones these promise (a document
 * check never throws; reading a document throws DocumentReadException; reading a list throws
 * IOException, or UncheckedIOException from a row) is a finding: its input is saved in the findings folder and the first line of its
 * stack printed.
 *
 * <pre>java -cp releng/benchmarks/target/benchmarks.jar io.parley.benchmarks.Fuzz SECONDS_EACH SAMPLE_FOLDER FINDINGS_FOLDER</pre>
 */
public final class Fuzz {

	private static final String[] MACROS = { "%FIRSTNAME%", "%LASTNAME%", "%COMPANYNAME%", "%JOBTITLE%", "%INDUSTRY%", "%", "%%",
			"%FIRSTNAME", "{{firstName}}", "{{", "}}", "%firstname%" };

	/** Bytes that mean something to JSON, CSV or macros. */
	private static final String SPECIAL = "{}[]\",:%\n\r\\0-e\uFEFF";

	private final Random random = new Random(18);
	private final Path findings;
	private final Path work;
	private final Map<String, Integer> found = new HashMap<>();
	private long lists;

	private Fuzz(Path findings) throws IOException {
		this.findings = Files.createDirectories(findings);
		this.work = Files.createTempDirectory("parley-fuzz");
		Files.createDirectories(work.resolve("lists"));
	}

	public static void main(String[] args) throws Exception {
		long seconds = Long.parseLong(args[0]);
		Path samples = Path.of(args[1]);
		Fuzz fuzz = new Fuzz(Path.of(args[2]));
		List<Path> documents;
		try (Stream<Path> files = Files.list(samples)) {
			documents = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
		}
		byte[] list = Files.readAllBytes(samples.resolve("marketing-leaders.prospects.csv"));
		for (Path sample : documents) {
			Files.copy(sample, fuzz.work.resolve(sample.getFileName()));
		}
		Files.write(fuzz.work.resolve("marketing-leaders.prospects.csv"), list);
		System.out.println("documents: " + fuzz.forSeconds(seconds, () -> fuzz.document(documents)) + " inputs");
		System.out.println("prospect lists: " + fuzz.forSeconds(seconds, () -> fuzz.prospectList(list)) + " inputs");
		System.out.println("macros: " + fuzz.forSeconds(seconds, fuzz::macros) + " inputs");
		System.out.println("findings (kind: how many): " + fuzz.found);
	}

	private interface Attempt {
		void run() throws IOException;
	}

	private long forSeconds(long seconds, Attempt attempt) throws IOException {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		long inputs = 0;
		while (System.nanoTime() < until) {
			attempt.run();
			inputs++;
		}
		return inputs;
	}

	/**
	 * One sample document mutated, checked among the others (a campaign with its audience, content
	 * and prospect list, a template with the list its campaign sends it to), then put back.
	 */
	private void document(List<Path> seeds) throws IOException {
		Path seed = seeds.get(random.nextInt(seeds.size()));
		byte[] original = Files.readAllBytes(seed);
		byte[] input = mutate(original);
		Path file = Files.write(work.resolve(seed.getFileName()), input);
		try {
			new FileValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet()).validate(file);
		} catch (RuntimeException | StackOverflowError e) {
			finding("validate", input, seed.getFileName().toString(), e);
		}
		try {
			DocumentFiles.read(file);
		} catch (DocumentReadException expected) {
			// what a bad document gives
		} catch (RuntimeException | StackOverflowError e) {
			finding("read", input, seed.getFileName().toString(), e);
		}
		Files.write(file, original);
	}

	/**
	 * A mutated list through each of its readers: the rows one by one, the one pass of the checks
	 * ({@link ProspectListFacts}), the editor's index and the list's own check, which never throws.
	 * Each input gets a file name of its own, so no reader answers from what it kept of another.
	 */
	private void prospectList(byte[] seed) throws IOException {
		byte[] input = mutate(seed);
		Path fresh = Files.write(work.resolve("lists").resolve("fuzz-" + ++lists + ".prospects.csv"), input);
		try (ProspectList list = ProspectList.open(fresh)) {
			while (list.hasNext()) {
				list.next();
			}
		} catch (IOException | UncheckedIOException expected) {
			// what a bad list gives; its rows come through an Iterator, which cannot throw IOException itself
		} catch (RuntimeException e) {
			finding("prospects", input, "fuzz.prospects.csv", e);
		}
		try {
			ProspectListFacts.of(new ProspectSource(fresh, ProspectColumns.AS_NAMED), RuleCatalog.builtIn().defaultSet());
		} catch (IOException expected) {
			// a list that cannot be read at all
		} catch (RuntimeException | StackOverflowError e) {
			finding("prospect facts", input, "fuzz.prospects.csv", e);
		}
		try {
			ProspectIndex.build(fresh, (read, total) -> true);
		} catch (IOException expected) {
			// a list that cannot be read at all
		} catch (RuntimeException | StackOverflowError e) {
			finding("prospect index", input, "fuzz.prospects.csv", e);
		}
		try {
			new FileValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet()).validate(fresh);
		} catch (RuntimeException | StackOverflowError e) {
			finding("prospects validate", input, "fuzz.prospects.csv", e);
		}
		Files.delete(fresh);
	}

	private void macros() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(12); i >= 0; i--) {
			text.append(random.nextBoolean() ? MACROS[random.nextInt(MACROS.length)] : randomText(random.nextInt(8)));
		}
		Map<String, String> fields = new HashMap<>();
		for (String column : List.of("firstName", "lastName", "companyName", "jobTitle", "industry")) {
			if (random.nextInt(4) > 0) {
				fields.put(column, randomText(random.nextInt(6)));
			}
		}
		try {
			new MessageRenderer(RuleCatalog.builtIn().defaultSet()).render(text.toString(), new Prospect(1, fields));
		} catch (RuntimeException e) {
			finding("render", (text + "\n" + fields).getBytes(StandardCharsets.UTF_8), "render.txt", e);
		}
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(10);
			text.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x2FF80));
		}
		return text.toString();
	}

	/** Flips, inserts, deletes or repeats a few bytes, or cuts the input short. */
	private byte[] mutate(byte[] seed) {
		List<Byte> bytes = new ArrayList<>(seed.length + 16);
		for (byte b : seed) {
			bytes.add(b);
		}
		for (int n = 1 + random.nextInt(4); n > 0 && !bytes.isEmpty(); n--) {
			int at = random.nextInt(bytes.size());
			switch (random.nextInt(5)) {
				case 0 -> bytes.set(at, (byte) random.nextInt(256));
				case 1 -> bytes.add(at, (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length())));
				case 2 -> bytes.remove(at);
				case 3 -> bytes.addAll(at, bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(40))).stream().toList());
				default -> bytes.subList(at, bytes.size()).clear();
			}
		}
		byte[] out = new byte[bytes.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = bytes.get(i);
		}
		return out;
	}

	private void finding(String target, byte[] input, String name, Throwable e) throws IOException {
		String kind = target + ": " + e.getClass().getSimpleName() + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
		int count = found.merge(kind, 1, Integer::sum);
		if (count == 1) {
			Files.write(findings.resolve(found.size() + "-" + name), input);
			System.out.println("finding " + found.size() + ": " + kind + ": " + e.getMessage());
		}
	}
}
