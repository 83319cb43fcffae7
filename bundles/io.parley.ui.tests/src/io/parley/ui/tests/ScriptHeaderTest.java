package io.parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.parley.scripting.ui.view.ScriptHeader;

class ScriptHeaderTest {

	@Test
	void lineCommentsGiveNameAndDescription() {
		assertEquals(new ScriptHeader("Webinar invitations", "3 segments x 2 subjects, with budgets."),
				ScriptHeader.parse("// Webinar invitations\n// 3 segments x 2 subjects,\n// with budgets.\n\nconst a = 1;", "w.js"));
	}

	@Test
	void blockCommentWorksToo() {
		assertEquals(new ScriptHeader("InMail batch", "Personalized InMails from a prospect list."),
				ScriptHeader.parse("/**\n * InMail batch\n * Personalized InMails from a prospect list.\n */\nrun();", "i.js"));
	}

	@Test
	void descriptionStopsAtTheFirstBlankCommentLine() {
		assertEquals(new ScriptHeader("Name", "Short."),
				ScriptHeader.parse("// Name\n// Short.\n//\n// Details nobody lists.\n", "n.js"));
	}

	@Test
	void scriptWithoutHeaderIsNamedAfterItsFile() {
		assertEquals(new ScriptHeader("plain.js", ""), ScriptHeader.parse("console.log(1);", "plain.js"));
	}
}
