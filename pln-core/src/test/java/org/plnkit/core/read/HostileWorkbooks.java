package org.plnkit.core.read;

import static org.plnkit.core.read.RawXlsx.inline;
import static org.plnkit.core.read.RawXlsx.row;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbooks of the hostile corpus ({@code src/test/resources/hostile/cohort/*.xlsx}), written from XML by
 * {@link RawXlsx}. {@code HostileCorpusTest} checks that the committed files are these bytes; run it with
 * {@code -Dhostile.update=true} to write them again after a change here.
 */
final class HostileWorkbooks {
    static final String[] HEADER = {"participant_id", "connection_name", "kind", "category", "connection_id", "url",
        "met_via", "frequency", "value", "gives_back", "participation", "wants_more", "topics", "last_contact",
        "linked_to"};
    /** An external entity that would read a file of the machine, were entities allowed. */
    static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    static final String LAUGHS = "<!DOCTYPE x [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";

    private HostileWorkbooks() {
    }

    /** Letters that do not compress too well (a run of one letter would look like a zip bomb). */
    static String letters(int n) {
        java.util.Random random = new java.util.Random(n);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append("acgt".charAt(random.nextInt(4)));
        }
        return b.toString();
    }

    /** Every workbook of the corpus by file name. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("xxe-in-sheet.xlsx", RawXlsx.builder().doctype(XXE)
                .sheet("Connections", row(1, HEADER) + "<row r=\"2\">" + inline("A2", "maria")
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>" + inline("C2", "person")
                        + inline("D2", "mentors") + "</row>").bytes());
        m.put("xxe-in-shared-strings.xlsx", RawXlsx.builder().doctype(XXE)
                .sharedStrings("participant_id", "connection_name", "kind", "category", "&xxe;")
                .sheet("Connections", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>").bytes());
        m.put("xxe-in-styles.xlsx", RawXlsx.builder()
                .part("xl/styles.xml", RawXlsx.STYLES.replace("<styleSheet", XXE + "<styleSheet"))
                .sheet("Connections", row(1, HEADER) + row(2, "maria", "Jane", "person", "mentors")).bytes());
        m.put("billion-laughs.xlsx", RawXlsx.builder().doctype(LAUGHS)
                .sheet("Connections", row(1, HEADER) + "<row r=\"2\">" + inline("A2", "maria")
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>&d;</t></is></c></row>").bytes());
        m.put("merged-cells.xlsx", RawXlsx.builder()
                .sheet("Connections", "visible", "", row(1, HEADER) + row(2, "maria", "Jane", "person", "mentors")
                                + row(3, null, "Tom", "person", "mentors") + row(4, null, "AASL", "organization",
                                "professional-organizations"),
                        "<mergeCells count=\"1\"><mergeCell ref=\"A2:A4\"/></mergeCells>").bytes());
        m.put("formulas.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, HEADER)
                        // cached results are read: "Jo" & "e" gives Joe, 2+2 gives 4
                        + "<row r=\"2\">" + inline("A2", "maria") + "<c r=\"B2\" t=\"str\"><f>\"Jo\"&amp;\"e\"</f>"
                        + "<v>Joe</v></c>" + inline("C2", "person") + inline("D2", "mentors")
                        + "<c r=\"I2\"><f>2+2</f><v>4</v></c></row>"
                        // a formula the writing program never calculated
                        + "<row r=\"3\">" + inline("A3", "maria") + inline("B3", "Ann") + inline("C3", "person")
                        + inline("D3", "mentors") + "<c r=\"I3\"><f>SUM(I2,1)</f></c></row>"
                        // text that looks like a formula stays text
                        + row(4, "maria", "=HYPERLINK(\"http://evil.example\",\"click\")", "person", "mentors", null,
                                null, "+conference")).bytes());
        m.put("error-cells.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, HEADER)
                        + "<row r=\"2\">" + inline("A2", "maria") + "<c r=\"B2\" t=\"e\"><f>VLOOKUP(1,Z1:Z2,2)</f>"
                        + "<v>#N/A</v></c>" + inline("C2", "person") + inline("D2", "mentors") + "</row>"
                        + "<row r=\"3\">" + inline("A3", "maria") + inline("B3", "Jane") + inline("C3", "person")
                        + inline("D3", "mentors") + "<c r=\"I3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
                        + row(4, "maria", "Tom", "person", "mentors")).bytes());
        m.put("hidden-sheet-rows-and-columns.xlsx", RawXlsx.builder()
                .sheet("Notes", row(1, "read me"))
                .sheet("Connections", "hidden", "<cols><col min=\"5\" max=\"5\" width=\"0\" hidden=\"1\"/>"
                                + "<col min=\"20\" max=\"30\" hidden=\"1\"/></cols>",
                        row(1, HEADER) + row(2, "maria", "Jane", "person", "mentors", "jane@school.example")
                                + row(3, "maria", "Tom", "person", "mentors").replace("<row r=\"3\">",
                                        "<row r=\"3\" hidden=\"1\">"), "").bytes());
        m.put("header-in-row-3.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, "PLN survey export") + row(2, "District 12, autumn 2026")
                        + row(3, HEADER)
                        + row(4, "maria", "Jane", "person", "mentors")).bytes());
        m.put("dates-and-numbers-as-text.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, HEADER)
                        + row(2, "maria", "A", "person", "mentors", null, null, null, null, "4", "1", null, null, null,
                                "20 Oct 2026")
                        + row(3, "maria", "B", "person", "mentors", null, null, null, null, " 5 ", "TRUE", null, null,
                                null, "2026/10/20")
                        + row(4, "maria", "C", "person", "mentors", null, null, null, null, "4,5", null, null, null,
                                null, "10/11/2026")).bytes());
        m.put("two-connections-sheets.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, HEADER) + row(2, "maria", "Jane", "person", "mentors"))
                .sheet("CONNECTIONS ", row(1, HEADER) + row(2, "sam", "Old", "person", "mentors")).bytes());
        m.put("long-cell.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, HEADER) + row(2, "maria", letters(150_000), "person", "mentors")
                        + row(3, "maria", "Jane", "person", "mentors")).bytes());
        // #18: a copy of the Connections sheet under another name is not read, and the reader says so
        m.put("copy-of-connections-sheet.xlsx", RawXlsx.builder()
                .sheet("Connections", row(1, HEADER) + row(2, "maria", "Jane", "person", "mentors"))
                .sheet("Connections (2)", row(1, HEADER) + row(2, "sam", "Tom", "person", "mentors")).bytes());
        return m;
    }
}
