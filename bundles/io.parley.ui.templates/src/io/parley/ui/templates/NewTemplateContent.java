package io.parley.ui.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.NewDocumentContent;
import io.parley.core.rules.ActiveRuleSet;
import io.parley.core.rules.RuleRegistry;
import io.parley.model.files.internal.DocumentFiles;
import io.parley.model.json.Json;
import io.parley.model.rules.MessageFormat;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/**
 * A new template of one format: the template kind's starting file with the fields the format does
 * not have left out, and what the person gave the wizard filled in.
 */
final class NewTemplateContent {

	/** What the wizard asks for, where the format has it: what a message of the format cannot be sent without. */
	static final List<TemplateField> ASKED = List.of(TemplateField.SENDER, TemplateField.SUBJECT, TemplateField.BUTTON_TEXT,
			TemplateField.LANDING_PAGE);
	private static final List<String> FORMAT_FIELDS = List.of("sender", "subject", "cta", "footer");
	private static final ObjectMapper JSON = Json.mapper();

	private NewTemplateContent() {
	}

	/**
	 * @param name    the template's name, from its file name
	 * @param answers the wizard's fields; those the format does not have are left out
	 */
	static String create(DocumentKindDescriptor kind, String name, MessageFormat format, Map<TemplateField, String> answers)
			throws IOException {
		ObjectNode template = (ObjectNode) JSON.readTree(NewDocumentContent.create(kind, Map.of("name", name)));
		template.put("format", format.name());
		FORMAT_FIELDS.stream().filter(field -> !format.hasField(field)).forEach(template::remove);
		answers.forEach((field, value) -> {
			if (field.belongsTo(format)) {
				JsonPointer pointer = JsonPointer.compile(field.pointer);
				ObjectNode parent = pointer.head().matches() ? template : template.withObject(pointer.head());
				parent.put(pointer.last().getMatchingProperty(), value);
			}
		});
		return DocumentFiles.text(template);
	}

	/** The errors the rule set in force finds in {@code content} as the file at {@code file}. */
	static List<Diagnostic> errors(Path file, String content) {
		return new FileValidator(RuleRegistry.getDefault().catalog(), ActiveRuleSet.get()).validate(file, content).stream().filter(Diagnostic::isError).toList();
	}
}
