package io.parley.core.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.parley.core.kinds.RuleSetValidator;
import io.parley.core.rules.RuleRegistry;
import io.parley.model.campaign.CampaignParts;
import io.parley.model.files.DocumentKind;
import io.parley.model.json.Json;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/** The built-in kinds' validator: the model's own checks of a file. */
public final class ModelDocumentValidator extends RuleSetValidator {

	@Override
	protected List<Diagnostic> validate(Path file, Optional<String> content, RuleSet ruleSet) {
		FileValidator validator = new FileValidator(RuleRegistry.getDefault().catalog(), ruleSet);
		return content.map(text -> validator.validate(file, text)).orElseGet(() -> validator.validate(file));
	}

	/** A campaign's check reads the format of its content, a template or a flow; the other parts re-check the whole project when they change. */
	@Override
	public List<Path> references(Path file) {
		if (!DocumentKind.CAMPAIGN.names(file.getFileName().toString())) {
			return List.of();
		}
		try {
			String content = Json.mapper().readTree(file.toFile()).path(CampaignParts.CONTENT).asText("");
			return content.isEmpty() ? List.of() : List.of(file.toAbsolutePath().resolveSibling(content));
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
