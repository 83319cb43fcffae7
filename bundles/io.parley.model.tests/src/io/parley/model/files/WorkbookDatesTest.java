package io.parley.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.results.CampaignResults;
import io.parley.model.results.DayFigures;
import io.parley.testing.TestWorkbook;
import io.parley.testing.TestWorkbook.IsoDate;
import io.parley.testing.TestWorkbook.Styled;

/**
 * Dates in workbooks: Excel keeps them as a count of days and shows them by the cell's number
 * format; they read as ISO dates, whether Excel or LibreOffice wrote the workbook. The styles parts
 * below are what each writes for these cells, trimmed of fonts and fills.
 */
class WorkbookDatesTest {

	/** 2027-01-15 counted from Excel's day zero, 1899-12-30 (Excel counts 1900-02-29, a day that never was). */
	private static final double JANUARY_15 = 46402;
	private static final double JANUARY_15_FROM_1904 = 44940;

	private static final String EXCEL_STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
			xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" \
			xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">\
			<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/>\
			<numFmt numFmtId="165" formatCode="[$-409]m/d/yy\\ h:mm\\ AM/PM;@"/></numFmts>\
			<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
			<fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
			<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
			<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" \
			borderId="0"/></cellStyleXfs>\
			<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
			<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
			<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
			<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
			<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
			<xf numFmtId="44" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
			<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>\
			<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>""";

	private static final String LIBREOFFICE_STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="5">\
			<numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="MM/DD/YY"/>\
			<numFmt numFmtId="166" formatCode="YYYY\\-MM\\-DD"/><numFmt numFmtId="167" formatCode="DD/MM/YYYY\\ HH:MM"/>\
			<numFmt numFmtId="168" formatCode="[$$-409]#,##0.00;[RED]\\-[$$-409]#,##0.00"/></numFmts>\
			<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>\
			<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
			<borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>\
			<cellStyleXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" \
			applyAlignment="true" applyProtection="true"><alignment horizontal="general" vertical="bottom"/>\
			<protection locked="true" hidden="false"/></xf><xf numFmtId="43" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
			<cellXfs count="5"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" \
			applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom"/>\
			<protection locked="true" hidden="false"/></xf>\
			<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" \
			applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom"/></xf>\
			<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" \
			applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom"/></xf>\
			<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" \
			applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom"/></xf>\
			<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" \
			applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom"/></xf></cellXfs>\
			<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";

	@TempDir
	Path dir;

	private static List<String> secondRow(Path file) throws IOException {
		try (TableFile table = TableFile.open(file, "First Name"::equals)) {
			return List.of(table.next());
		}
	}

	@Test
	void datesAndTimesInAWorkbookExcelWroteReadAsIsoAndOtherNumbersAsNumbers() throws IOException {
		Path file = new TestWorkbook().styles(EXCEL_STYLES).sheet("Contacts")
				.row("First Name", "Connected On", "Followed Up", "Meeting", "Call At", "Spent", "Score")
				.row("Ana", new Styled(JANUARY_15, 1, false), new Styled(JANUARY_15, 2, false), new Styled(JANUARY_15 + 0.5625, 3, false),
						new Styled(0.3958333333333333, 4, false), new Styled(1186.25, 5, false), new Styled(42, 0, false))
				.write(dir.resolve("excel.prospects.xlsx"));
		assertEquals(List.of("Ana", "2027-01-15", "2027-01-15", "2027-01-15T13:30", "09:30", "1186.25", "42"), secondRow(file));
	}

	@Test
	void datesInAWorkbookLibreOfficeWroteReadAsIso() throws IOException {
		Path file = new TestWorkbook().styles(LIBREOFFICE_STYLES).sheet("Sheet1")
				.row("First Name", "Connected On", "Followed Up", "Meeting", "Spent", "Score")
				.row("Ana", new Styled(JANUARY_15, 1, true), new Styled(JANUARY_15, 2, true), new Styled(JANUARY_15 + 0.375, 3, true),
						new Styled(1186.25, 4, true), new Styled(42, 0, true))
				.write(dir.resolve("libreoffice.prospects.xlsx"));
		assertEquals(List.of("Ana", "2027-01-15", "2027-01-15", "2027-01-15T09:00", "1186.25", "42"), secondRow(file));
	}

	@Test
	void aWorkbookCountingFrom1904ReadsTheSameDay() throws IOException {
		Path file = new TestWorkbook().from1904().styles(EXCEL_STYLES).sheet("Contacts").row("First Name", "Connected On")
				.row("Ana", new Styled(JANUARY_15_FROM_1904, 1, false)).write(dir.resolve("mac.prospects.xlsx"));
		assertEquals(List.of("Ana", "2027-01-15"), secondRow(file));
	}

	@Test
	void excelsDaysAroundTheLeapDayOf1900ThatNeverWasAreTheDaysExcelShows() {
		assertEquals("1900-01-01", CellFormats.iso(1, CellFormats.Shown.DATE, false));
		assertEquals("1900-02-28", CellFormats.iso(59, CellFormats.Shown.DATE, false));
		assertEquals(null, CellFormats.iso(60, CellFormats.Shown.DATE, false), "1900-02-29 stays the number Excel has");
		assertEquals("1900-03-01", CellFormats.iso(61, CellFormats.Shown.DATE, false));
		assertEquals("PT25H30M", CellFormats.iso(1.0625, CellFormats.Shown.DURATION, false));
	}

	@Test
	void formatCodesShowADateWhenTheyHaveDaysMonthsOrYearsOutsideQuotesAndBrackets() {
		assertEquals(CellFormats.Shown.DATE, CellFormats.ofCode("mmm\\ yyyy"));
		assertEquals(CellFormats.Shown.DATE, CellFormats.ofCode("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"));
		assertEquals(CellFormats.Shown.TIME, CellFormats.ofCode("mm:ss"));
		assertEquals(CellFormats.Shown.DURATION, CellFormats.ofCode("[h]:mm:ss"));
		assertEquals(CellFormats.Shown.NUMBER, CellFormats.ofCode("General"));
		assertEquals(CellFormats.Shown.NUMBER, CellFormats.ofCode("#,##0 \"days\";[Red]-#,##0 \"days\""));
		assertEquals(CellFormats.Shown.NUMBER, CellFormats.ofCode("_(\"$\"* #,##0.00_);_(\"$\"* (#,##0.00);_(\"$\"* \"-\"??_);_(@_)"));
		assertEquals(CellFormats.Shown.NUMBER, CellFormats.ofCode("0.00E+00"));
	}

	@Test
	void aCellWrittenAsADateIsItsDayAndItsTimeWhenItHasOne() throws IOException {
		Path file = new TestWorkbook().sheet("Contacts").row("First Name", "Connected On", "Meeting")
				.row("Ana", new IsoDate("2027-01-15T00:00:00"), new IsoDate("2027-01-15T13:30:00"))
				.write(dir.resolve("strict.prospects.xlsx"));
		assertEquals(List.of("Ana", "2027-01-15", "2027-01-15T13:30:00"), secondRow(file));
	}

	@Test
	void campaignManagersReportSavedAsAWorkbookReadsItsDays() throws IOException {
		Path file = new TestWorkbook().styles(EXCEL_STYLES).sheet("Report").row("Campaign Performance Report (in UTC)")
				.row("Start Date (in UTC)", "Campaign Name", "Sends", "Opens")
				.row(new Styled(JANUARY_15, 1, false), "Webinar", 301, 104)
				.row(new Styled(JANUARY_15 + 1, 1, false), "Webinar", 288, 105)
				.write(dir.resolve("webinar.results.xlsx"));
		List<DayFigures> days = CampaignResults.read(file, "Webinar", Map.of()).days();
		assertEquals(List.of("2027-01-15", "2027-01-16"), days.stream().map(d -> d.day().toString()).toList());
		assertEquals(301 + 288, days.stream().mapToLong(DayFigures::sends).sum());
	}
}
