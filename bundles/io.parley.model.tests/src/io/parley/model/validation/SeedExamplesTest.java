package io.parley.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Seed 001's examples, as the sample workspace ships them, give the findings a reader of the seeds expects. */
class SeedExamplesTest {

	private static final Path SAMPLES = Path.of("../io.parley.samples/sample");
	private final FileValidator validator = new FileValidator();

	private List<String> rules(String file) {
		return validator.validate(SAMPLES.resolve(file)).stream().map(Diagnostic::ruleId).toList();
	}

	@Test
	void webinarInvitationOnlyRunsPastTheVisiblePartOfTheSubject() {
		List<Diagnostic> found = validator.validate(SAMPLES.resolve("webinar-invitation.template.json"));
		assertEquals(List.of("message-ad.subject.visible"), found.stream().map(Diagnostic::ruleId).toList());
		assertTrue(found.get(0).message().startsWith("Subject is 52 characters; the first 40 are visible"), found.get(0).message());
		assertTrue(found.get(0).message().contains("\"Oluwaseun\""), "the longest first name of the attached list");
	}

	@Test
	void demoRequestSubjectOverflowsWithALongCompanyName() {
		assertEquals(List.of("message-ad.subject.length", "message-ad.subject.visible"), rules("demo-request.template.json"));
	}

	@Test
	void softwareDemoFlowIsSoundButOffersMoreThanThreeOpeningButtons() {
		assertEquals(List.of("conversation-ad.buttons.opening"), rules("software-demo.flow.json"));
	}

	@Test
	void campaignsBudgetsAudiencesAndTheListAreClean() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			for (Path file : files.filter(f -> !f.toString().endsWith(".template.json") && !f.toString().endsWith(".flow.json")).toList()) {
				assertEquals(List.of(), validator.validate(file), file.toString());
			}
		}
	}
}
