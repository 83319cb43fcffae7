package io.parley.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.files.Prospect;
import io.parley.model.files.ProspectList;
import io.parley.model.rendering.MessageRenderer;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.MessageValidator;
import io.parley.model.validation.RuleCatalog;

/**
 * What {@code scripts/batch.js} does (render, check against the InMail rules, write), through the Java API, as a whole process: the other side of
 * issue 4's comparison. Run as {@code java -cp benchmarks.jar io.parley.benchmarks.JavaBatch FOLDER}
 * on the folder holding {@code batch.prospects.csv}; writes {@code batch-out.csv} there.
 */
public final class JavaBatch {

	private static final String SUBJECT = "%FIRSTNAME%, a question about %COMPANYNAME%";
	private static final String BODY = "Hi %FIRSTNAME%,\n\nTeams at %COMPANYNAME% tell us reporting eats their week."
			+ " We cut it by 40% for Contoso. Open to a chat?";

	private static final ObjectMapper JSON = new ObjectMapper();

	private JavaBatch() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		RuleSet rules = RuleCatalog.builtIn().defaultSet();
		MessageRenderer renderer = new MessageRenderer(rules);
		MessageValidator validator = new MessageValidator(RuleCatalog.builtIn(), rules);
		List<String> lines = new ArrayList<>();
		int withErrors = 0;
		try (ProspectList prospects = ProspectList.open(folder.resolve("batch.prospects.csv"))) {
			while (prospects.hasNext()) {
				Prospect prospect = prospects.next();
				String subject = renderer.render(SUBJECT, prospect);
				String body = renderer.render(BODY, prospect);
				ObjectNode message = JSON.createObjectNode().put("name", "Batch").put("format", "INMAIL").put("sender", "Dana Whitfield")
						.put("subject", subject).put("body", body);
				if (validator.validate(message, MessageFormat.INMAIL).stream().anyMatch(Diagnostic::isError)) {
					withErrors++;
				}
				lines.add(prospect.row() + ",\"" + subject + "\"");
			}
		}
		Files.writeString(folder.resolve("batch-out.csv"), String.join("\n", lines));
		System.out.println(lines.size() + " messages, " + withErrors + " with errors");
	}
}
