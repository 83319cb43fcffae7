package io.parley.scripting.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/** Comments and strings are their own partitions, so keywords inside them are not coloured. */
final class JavaScriptPartitions {

	static final String COMMENT = "__js_comment";
	static final String STRING = "__js_string";
	static final String[] ALL = { COMMENT, STRING };

	private JavaScriptPartitions() {
	}

	static void connect(IDocument document) {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\'),
				new SingleLineRule("'", "'", string, '\\'), new MultiLineRule("`", "`", string, '\\', true) });
		FastPartitioner partitioner = new FastPartitioner(scanner, ALL);
		partitioner.connect(document);
		document.setDocumentPartitioner(partitioner);
	}
}
