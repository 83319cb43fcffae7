package io.parley.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MessageText;
import io.parley.model.validation.RuleCatalog;

/**
 * Issue 3's target: a 1,000,000-row prospect list streamed, each message rendered and checked
 * against the InMail limits, in at most 10 s with a 512 MB heap (the fork runs with -Xmx512m).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ProspectBatchBenchmark {

	private static final int ROWS = 1_000_000;
	private Path list;
	private RuleSet rules;
	private MessageRenderer renderer;
	private String subject;
	private String body;
	private int subjectMax;
	private int bodyMax;

	@Setup
	public void writeList() throws IOException {
		list = Files.createTempFile("benchmark", ".prospects.csv");
		try (BufferedWriter out = Files.newBufferedWriter(list)) {
			out.write("firstName,lastName,jobTitle,companyName,industry\n");
			for (int i = 0; i < ROWS; i++) {
				out.write("Person" + i + ",Surname" + (i % 977) + ",VP of Marketing,Company " + (i % 5003) + ",Computer Software\n");
			}
		}
		rules = RuleCatalog.builtIn().defaultSet();
		renderer = new MessageRenderer(rules);
		subject = "%FIRSTNAME%, a question about %COMPANYNAME%";
		body = ValidationBenchmark.body(380);
		subjectMax = rules.rule("inmail.subject.length").orElseThrow().intParam("max");
		bodyMax = rules.rule("inmail.body.length").orElseThrow().intParam("max");
	}

	@TearDown
	public void deleteList() throws IOException {
		Files.deleteIfExists(list);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public long renderAndCheckMillionRows() throws IOException {
		long tooLong = 0;
		try (ProspectList prospects = ProspectList.open(list)) {
			while (prospects.hasNext()) {
				Prospect prospect = prospects.next();
				if (MessageText.length(renderer.render(subject, prospect)) > subjectMax
						|| MessageText.length(renderer.render(body, prospect)) > bodyMax) {
					tooLong++;
				}
			}
		}
		return tooLong;
	}
}
