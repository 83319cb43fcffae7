package io.parley.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.MessageValidator;
import io.parley.model.validation.RuleCatalog;

/**
 * Issue 3's targets: a 500-character Message Ad validated at least 1,000,000 times a second on one
 * core, and a 100-message flow of 8,000-character messages in at most 1 ms.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {

	private final ObjectMapper json = new ObjectMapper();
	private MessageValidator validator;
	private ObjectNode messageAd;
	private ObjectNode flow;

	@Setup
	public void setUp() {
		validator = new MessageValidator(RuleCatalog.builtIn(), RuleCatalog.builtIn().defaultSet());
		messageAd = json.createObjectNode().put("schema", "parley.template/1").put("name", "Spring")
				.put("format", "MESSAGE_AD").put("sender", "Dana Whitfield").put("subject", "%FIRSTNAME%, join us Thursday")
				.put("body", body(500)).put("footer", "Example Corp, 1 Market Street");
		messageAd.putObject("cta").put("text", "Save my spot").put("url", "https://example.com/spring");
		flow = flow(100, 8000);
	}

	static String body(int length) {
		StringBuilder body = new StringBuilder("Hi %FIRSTNAME%, teams at %COMPANYNAME% tell us reporting eats their week. ");
		while (body.length() < length) {
			body.append("We cut it by 40% for Contoso with one dashboard. ");
		}
		return body.substring(0, length);
	}

	/** A flow whose messages chain one after another, each with a next button and a close. */
	private ObjectNode flow(int messages, int length) {
		ObjectNode flow = json.createObjectNode().put("schema", "parley.flow/1").put("name", "Big").put("sender", "Dana")
				.put("subject", "Which fits?").put("start", "m0");
		ArrayNode list = flow.putArray("messages");
		String text = body(length);
		for (int i = 0; i < messages; i++) {
			ObjectNode message = list.addObject().put("id", "m" + i).put("text", text);
			ArrayNode buttons = message.putArray("buttons");
			if (i + 1 < messages) {
				buttons.addObject().put("text", "Tell me more").put("next", "m" + (i + 1));
			}
			buttons.addObject().put("text", "Not interested").put("close", true);
		}
		return flow;
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public List<Diagnostic> messageAd500() {
		return validator.validate(messageAd, MessageFormat.MESSAGE_AD);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public List<Diagnostic> flow100x8000() {
		return validator.validate(flow, MessageFormat.CONVERSATION_AD);
	}
}
