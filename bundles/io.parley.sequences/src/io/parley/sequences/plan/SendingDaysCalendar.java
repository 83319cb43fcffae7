package io.parley.sequences.plan;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.parley.sequences.Sequence;
import io.parley.sequences.Step;

/**
 * The plan's sending days as an iCalendar file (RFC 5545): one all-day event per day with what is due
 * that day, for the calendar of the person who sends. Lines end in CRLF and are folded at 75 octets.
 */
public final class SendingDaysCalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

	private SendingDaysCalendar() {
	}

	/** @param uidBase what makes the events' ids unique to this sequence, e.g. its file name */
	public static void write(Sequence sequence, SequencePlan plan, String uidBase, Instant now, Writer out) throws IOException {
		String title = sequence.name().isEmpty() ? "Sequence" : sequence.name();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Parley//Sequence plan//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + text(title));
		for (Map.Entry<LocalDate, Map<Step, Integer>> day : plan.days().entrySet()) {
			StringBuilder summary = new StringBuilder();
			StringBuilder description = new StringBuilder();
			day.getValue().forEach((step, count) -> {
				summary.append(summary.isEmpty() ? "" : ", ").append(count).append(' ').append(step.label());
				description.append(step.id()).append(": ").append(count).append(' ').append(step.label())
						.append(step.condition().isEmpty() ? "" : " (" + step.condition() + ")").append('\n');
			});
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + text(uidBase + "-" + day.getKey().format(DATE)) + "@parley");
			line(out, "DTSTAMP:" + STAMP.format(now));
			line(out, "DTSTART;VALUE=DATE:" + day.getKey().format(DATE));
			line(out, "DTEND;VALUE=DATE:" + day.getKey().plusDays(1).format(DATE));
			line(out, "SUMMARY:" + text(title + ": " + summary));
			line(out, "DESCRIPTION:" + text(description.toString().strip()));
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
	}

	/** RFC 5545 3.1: a content line longer than 75 octets continues on lines that start with a space, never inside a character. */
	static void line(Writer out, String content) throws IOException {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.write(folded.append("\r\n").toString());
	}
}
