package io.parley.scripting.ui.editor;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/** Keywords and the global {@code parley} and {@code console} objects in code outside strings and comments. */
final class JavaScriptCodeScanner extends RuleBasedScanner {

	private static final List<String> KEYWORDS = List.of("async", "await", "break", "case", "catch", "class",
			"const", "continue", "default", "delete", "do", "else", "export", "extends", "false", "finally", "for",
			"function", "if", "import", "in", "instanceof", "let", "new", "null", "of", "return", "static", "super",
			"switch", "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while", "yield");
	private static final List<String> GLOBALS = List.of("parley", "console", "require", "module", "exports");

	JavaScriptCodeScanner(ColorCache colors) {
		Token keyword = new Token(new TextAttribute(colors.get(new RGB(0x7F, 0x00, 0x55)), null, SWT.BOLD));
		Token global = new Token(new TextAttribute(colors.get(new RGB(0x0A, 0x66, 0xC2)), null, SWT.BOLD));
		WordRule words = new WordRule(new IdentifierDetector(), Token.UNDEFINED);
		KEYWORDS.forEach(word -> words.addWord(word, keyword));
		GLOBALS.forEach(word -> words.addWord(word, global));
		setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words });
	}

	private static final class IdentifierDetector implements IWordDetector {

		@Override
		public boolean isWordStart(char c) {
			return Character.isJavaIdentifierStart(c);
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isJavaIdentifierPart(c);
		}
	}
}
