package org.plnkit.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;

/**
 * {@link SheetScanner} reads a sheet exactly as Aalto does: the same rows, cells, cell problems and sheet problems,
 * the same failure, on sheets made at random from what spreadsheet programs write and from what they never should
 * (references, line ends, UTF-8, namespaces and prefixes declared and re-declared on rows and on elements between
 * them, comments, CDATA, DOCTYPEs, control characters, bad entities, unbound prefixes, mismatched or missing end
 * tags, files cut off anywhere), read through streams that hand over a few bytes at a time so that every token is
 * split across refills somewhere. Where the scanner leaves a sheet to the parser part way, the parser's replay must
 * pick up exactly where it stopped.
 */
class SheetScannerProperties {
    private static final String NS = SheetXml.NS;
    private static final SheetXml.Styles STYLES = styles();
    private static final List<String> STRINGS = List.of("participant_id", "name", "Ada & Bo", "x_x000D_y", "3",
            "  spaced  ", "Zoë", "中文", "😀", "", "organizer", "2026-11-01");

    @Test
    void theScannerReadsWhatAaltoReads() {
        qt().withFixedSeed(17L).withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            byte[] xml = Sheets.sheet(new Random(seed));
            int chunk = 1 + (int) Math.floorMod(seed, 97L);
            Outcome aalto = read(xml, false, chunk);
            Outcome scanned = read(xml, true, chunk);
            assertEquals(aalto, scanned, () -> "seed " + seed + ", sheet:\n" + new String(xml, StandardCharsets.UTF_8));
        });
    }

    @Test
    void cleanSheetsAreReadByTheScannerAloneAndGiveTheParsersEvents() {
        qt().withFixedSeed(23L).withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
            byte[] xml = Sheets.clean(new Random(seed));
            Events scanned = new Events();
            try {
                new SheetScanner(new Chunks(xml, 1 + (int) Math.floorMod(seed, 61L)), scanned).scan();
            } catch (SheetScanner.LeftToParser | IOException e) {
                fail("the scanner left a clean sheet to the parser (seed " + seed + "):\n"
                        + new String(xml, StandardCharsets.UTF_8));
            }
            assertEquals(parserEvents(xml), scanned.list(), () -> new String(xml, StandardCharsets.UTF_8));
        });
    }

    /**
     * A cell longer than the limit is reported as such, whoever reads it and however the text arrives: it kept
     * whatever chunks came before the limit was crossed, so a boolean cell whose first chunk crossed it had no text
     * and failed the whole sheet with {@code StringIndexOutOfBoundsException}.
     */
    @Test
    void aCellOverTheLimitIsReportedHoweverItsTextIsSplit() {
        String longText = "1".repeat(12_000);
        byte[] xml = ("<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>" + longText + "</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>" + longText + "</v></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
        Outcome whole = read(xml, false, Integer.MAX_VALUE);
        assertEquals(null, whole.failure(), whole.toString());
        assertEquals(2, whole.calls().stream().filter(c -> c.contains("more than 5,000 characters")).count(),
                whole.calls().toString());
        for (int chunk : new int[] {1, 7, 4000, 4096}) {
            assertEquals(whole, read(xml, false, chunk), "Aalto alone, reads of " + chunk);
            assertEquals(whole, read(xml, true, chunk), "the scanner, reads of " + chunk);
        }
    }

    @Test
    void aLargeSheetCrossesManyRefillsAndReadsTheSame() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 3000; r++) {
            rows.append("<row r=\"").append(r).append("\">")
                    .append("<c r=\"A").append(r).append("\" t=\"s\"><v>").append(r % STRINGS.size()).append("</v></c>")
                    .append("<c r=\"B").append(r).append("\" s=\"1\"><v>").append(46000 + r % 400).append("</v></c>")
                    .append("<c r=\"C").append(r).append("\" t=\"inlineStr\"><is><t>Zoë &amp; 中文 😀 &#233;\r\n")
                    .append(r).append("</t></is></c>")
                    .append("<c r=\"D").append(r).append("\"><v>").append(r % 5 + 1).append("</v></c></row>");
        }
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS
                + "\"><sheetData>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
        assertTrue(xml.length > 200_000, "larger than the scanner's buffer many times over");
        assertEquals(read(xml, false, Integer.MAX_VALUE), read(xml, true, Integer.MAX_VALUE));
        byte[] cut = Arrays.copyOf(xml, xml.length * 2 / 3); // the parser takes over two thirds in
        Outcome aalto = read(cut, false, 4096);
        assertEquals(aalto, read(cut, true, 4096));
        assertTrue(aalto.failure().startsWith("Damaged"), aalto.failure());
    }

    /**
     * Sheets where the scanner once read differently from Aalto (#17 review), each read whole and through streams of
     * 1, 2, 3, 7 and 64 bytes a read.
     */
    @Test
    void divergencesFoundOnReviewReadTheSame() {
        String cell = "<c r=\"A2\" t=\"inlineStr\"><is><t>b</t></is></c>";
        List<String> sheets = List.of(
                // the default namespace looked up by the count of bindings alone: after an element that declared
                // one, a sibling declaring a prefix brought the count back and took the prefix for the default
                "<worksheet xmlns=\"" + NS + "\"><sheetData><x xmlns=\"urn:o\"/><row r=\"2\" xmlns:p=\"urn:p\">"
                        + cell + "</row></sheetData></worksheet>",
                "<worksheet xmlns=\"urn:o\"><x xmlns=\"" + NS + "\"/><row r=\"2\" xmlns:p=\"" + NS + "\">" + cell
                        + "</row></worksheet>");
        for (String sheet : sheets) {
            byte[] xml = sheet.getBytes(StandardCharsets.UTF_8);
            for (int chunk : new int[] {Integer.MAX_VALUE, 1, 2, 3, 7, 64}) {
                assertEquals(read(xml, false, chunk), read(xml, true, chunk), () -> "chunk " + chunk + ": " + sheet);
            }
        }
    }

    /**
     * The part's stream is read in the requests Aalto makes (4,000 bytes each), so that its guards, checked after
     * every read (POI's inflate ratio, counted at each read's end), see the reads they saw with Aalto alone: read in
     * other sizes, a sheet whose ratio dips at one of Aalto's read ends only was read whole by the scanner, while
     * Aalto alone failed (#17 review). Also through {@link ReadAhead}, which reads its source in the first request's
     * size.
     */
    @Test
    void theStreamSeesTheReadsItSawWithAaltoAlone() {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 2000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append("x".repeat(r % 50)).append("</t></is></c><c r=\"B").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS
                + "\"><sheetData>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
        for (boolean ahead : new boolean[] {false, true}) {
            List<Integer> aalto = new ArrayList<>();
            List<Integer> scanned = new ArrayList<>();
            assertEquals(read(() -> guarded(xml, aalto, -1, ahead), false),
                    read(() -> guarded(xml, scanned, -1, ahead), true));
            assertEquals(aalto, scanned, "the requests the stream saw, read ahead: " + ahead);
            for (long end = 4000; end < xml.length; end += 4000) { // where Aalto's reads end
                long failAt = end / 4000 % 2 == 0 ? end : -end;
                Outcome alone = read(() -> guarded(xml, new ArrayList<>(), failAt, ahead), false);
                assertTrue(alone.failure() != null && alone.failure().contains("guard"), alone.failure());
                assertEquals(alone, read(() -> guarded(xml, new ArrayList<>(), failAt, ahead), true),
                        "a guard failing when a read ends at " + failAt + ", read ahead: " + ahead);
            }
        }
    }

    /**
     * The bytes, each read's request noted, failing (as a guard checked after each read) when a read ends exactly
     * at {@code failAt}; at {@code -failAt} with an unchecked exception, which the scanner, looking a few bytes
     * ahead, met before handing on the last row, and Aalto alone after it.
     */
    private static InputStream guarded(byte[] xml, List<Integer> requests, long failAt, boolean ahead) {
        InputStream source = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                requests.add(len);
                if (at >= xml.length) {
                    return -1;
                }
                int n = Math.min(len, xml.length - at);
                System.arraycopy(xml, at, b, off, n);
                at += n;
                if (at == failAt) {
                    throw new IOException("the guard failed at " + at);
                }
                if (at == -failAt) {
                    throw new IllegalStateException("the guard failed at " + at);
                }
                return n;
            }
        };
        return ahead ? ReadAhead.of(source) : source;
    }

    // ------------------------------------------------------------------------------------------------- reading

    record Outcome(List<String> calls, List<String> problems, String failure) {
    }

    private static Outcome read(byte[] xml, boolean scanner, int chunk) {
        return read(() -> new Chunks(xml, chunk), scanner);
    }

    private static Outcome read(SheetXml.Opener part, boolean scanner) {
        boolean before = SheetXml.scanner;
        SheetXml.scanner = scanner;
        List<String> calls = new ArrayList<>();
        TableSink sink = new TableSink() {
            @Override
            public boolean header(int row, String[] cells, int width) {
                calls.add("header " + row + " " + Arrays.toString(Arrays.copyOf(cells, width)));
                return true;
            }

            @Override
            public boolean row(int row, String[] cells, int width) {
                calls.add("row " + row + " " + Arrays.toString(Arrays.copyOf(cells, width)));
                return true;
            }

            @Override
            public void cellProblem(int row, int column, String message) {
                calls.add("problem " + row + ":" + column + " " + message);
            }

            @Override
            public void end() {
                calls.add("end");
            }
        };
        SheetXml.Rows rows = new SheetXml.Rows(sink);
        SheetXml.Sheet sheet = new SheetXml.Sheet(STYLES, STRINGS, false, rows, 5000);
        Problems problems = new Problems();
        String failure = null;
        try {
            sheet.parse(part);
            rows.finish();
            sheet.report(PLACES, problems);
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            SheetXml.scanner = before;
        }
        return new Outcome(calls, problems.toList().stream().map(Object::toString).toList(), failure);
    }

    private static final TableSink.Places PLACES = new TableSink.Places() {
        @Override
        public Place cell(int row, int column, String field) {
            return Place.cell("t.xlsx", "S", column + ":" + row, field);
        }

        @Override
        public Place row(int row, String field) {
            return Place.cell("t.xlsx", "S", Integer.toString(row), field);
        }
    };

    /** The events the scanner hands on, text joined up, each element with the attributes the sheet asks for. */
    private static final class Events implements SheetScanner.Handler {
        private final List<String> list = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void start(int tag, boolean sml, SheetXml.Element e) {
            flush();
            list.add(startEvent(tag, sml, e));
        }

        @Override
        public void end(int tag, boolean sml) {
            flush();
            list.add("end " + tag + " " + sml);
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            text.append(chars, start, length);
        }

        private void flush() {
            if (!text.isEmpty()) {
                list.add("text " + text);
                text.setLength(0);
            }
        }

        List<String> list() {
            flush();
            return list;
        }
    }

    private static String startEvent(int tag, boolean sml, SheetXml.Element e) {
        StringBuilder b = new StringBuilder("start " + tag + " " + sml);
        for (String name : new String[] {"r", "t", "s", "hidden", "min", "max", "ref", "spans"}) {
            b.append(' ').append(name).append('=').append(e.attribute(name));
        }
        if (tag == SheetXml.TAG_C) {
            e.readCell();
            b.append(" column=").append(e.column()).append(" type=").append(e.type());
            try {
                b.append(" style=").append(e.style());
            } catch (NumberFormatException x) {
                b.append(" style fails: ").append(x.getMessage());
            }
        }
        return b.toString();
    }

    /** Aalto's events for the same bytes, as {@link Events} lists them. */
    private static List<String> parserEvents(byte[] xml) {
        Events events = new Events();
        try {
            XMLStreamReader r = new com.fasterxml.aalto.stax.InputFactoryImpl()
                    .createXMLStreamReader(new ByteArrayInputStream(xml));
            SheetXml.Element element = new SheetXml.ParserElement(r, new SheetXml.CellAttributes());
            int depth = 0;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        events.start(SheetXml.tag(r.getLocalName()), SheetXml.sml(r.getNamespaceURI()), element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        events.end(SheetXml.tag(r.getLocalName()), SheetXml.sml(r.getNamespaceURI()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                        if (depth > 0) { // the scanner hands on no space before or after the root
                            events.characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new AssertionError("a clean sheet is well formed", e);
        }
        return events.list();
    }

    /** A stream that hands over at most {@code chunk} bytes a read. */
    private static final class Chunks extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int at;

        Chunks(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }

    private static SheetXml.Styles styles() {
        try {
            return SheetXml.Styles.read(new ByteArrayInputStream(("<styleSheet xmlns=\"" + NS + "\"><numFmts count=\"1\">"
                    + "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
                    + "<xf numFmtId=\"164\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------- random sheets

    /** Sheets as spreadsheet programs write them, and as they should not. */
    static final class Sheets {
        private static final String[] CLEAN_TEXT = {"abc", "12", "0", "46300", "4.5", " ", "\t", "\n", "\r\n", "\r",
            "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#13;", "&#x9;", "&#x1F600;", "&#233;", "é",
            "中文", "😀", "a>b", "]", "]]", "_x000D_", "TRUE", "#N/A", "\u00a0", "\u2028", "\uFEFF"};
        private static final String[] BAD_TEXT = {"]]>", "&bogus;", "&amp", "\u0001", "&#0;", "&#x80;", "\u0085",
            "\u007F", "<!-- a comment -->", "<![CDATA[x<y]]>", "<?pi x?>", "&#xD800;", "&#99999999;", "&", "&#;",
            "&#x;", "&#X41;", "\uFFFE"};
        private static final String[] CLEAN_VALUES = {"A1", "a1", "AB12", "ABCDE1", "1", "12", "0", "s", "str", "b",
            "e", "n", "inlineStr", "d", "", "&#65;1", "A&#x31;", "01", "1e2", "x", "true", "1:3", "A1:B2", "é",
            "&amp;", "a&lt;b", "a>b"};
        private static final String[] SPACES = {" ", "\t", "\n", "\r", "\r\n", "  "};

        static byte[] sheet(Random r) {
            return bytes(r, true);
        }

        static byte[] clean(Random r) {
            return bytes(r, false);
        }

        private static byte[] bytes(Random r, boolean bad) {
            StringBuilder b = new StringBuilder();
            if (r.nextInt(10) == 0) {
                b.append('\uFEFF');
            }
            switch (r.nextInt(bad ? 9 : 6)) {
                case 0 -> b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
                case 1 -> b.append("<?xml version='1.0' encoding='utf-8'?>");
                case 2 -> b.append("<?xml version=\"1.0\" ?>\n");
                case 3, 4, 5 -> {
                }
                case 6 -> b.append("<?xml version=\"1.1\" encoding=\"UTF-8\"?>");
                case 7 -> b.append("<!DOCTYPE worksheet [<!ENTITY e \"x\">]>");
                default -> b.append("<!-- written by hand -->\n");
            }
            String p = r.nextInt(4) == 0 ? "x:" : "";
            String declare = p.isEmpty() ? "xmlns=\"" + NS + "\"" : "xmlns:x=\"" + NS + "\"";
            if (r.nextInt(8) == 0) {
                declare = p.isEmpty() ? "xmlns=\"urn:other\"" : "xmlns:x=\"urn:other\""; // not SpreadsheetML
            }
            b.append('<').append(p).append("worksheet ").append(declare)
                    .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");
            if (r.nextBoolean()) {
                b.append(" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"")
                        .append(" xmlns:x14ac=\"urn:x14ac\" mc:Ignorable=\"x14ac\"");
            }
            b.append('>');
            if (r.nextBoolean()) {
                b.append('<').append(p).append("dimension ref=\"A1:C9\"/>");
            }
            if (r.nextInt(3) == 0) {
                b.append('<').append(p).append("cols>");
                for (int i = r.nextInt(3); i >= 0; i--) {
                    b.append('<').append(p).append("col min=\"").append(1 + r.nextInt(3)).append("\" max=\"")
                            .append(1 + r.nextInt(5)).append('"').append(r.nextBoolean() ? " hidden=\"1\"" : "")
                            .append(r.nextInt(5) == 0 ? " width=\"9\"" : "")
                            .append("/>");
                }
                b.append("</").append(p).append("cols>");
            }
            b.append('<').append(p).append("sheetData>");
            int rows = r.nextInt(12);
            for (int row = 1; row <= rows; row++) {
                if (r.nextInt(10) == 0) { // an element between rows that declares namespaces for itself alone
                    b.append("<x xmlns=\"").append(r.nextBoolean() ? NS : "urn:other").append('"')
                            .append(r.nextBoolean() ? " xmlns:p=\"urn:p\"" : "").append("/>");
                }
                b.append('<').append(p).append("row");
                if (r.nextInt(6) != 0) {
                    b.append(space(r)).append("r=\"").append(r.nextInt(8) == 0 ? " " + row : row).append('"');
                }
                if (r.nextInt(6) == 0) {
                    b.append(" hidden=\"").append(r.nextBoolean() ? "1" : "true").append('"');
                }
                if (r.nextInt(6) == 0) {
                    b.append(" r:dyDescent=\"0.25\"");
                }
                if (r.nextInt(5) == 0) {
                    b.append(" spans=\"1:").append(1 + r.nextInt(4)).append('"');
                }
                if (r.nextInt(10) == 0) {
                    b.append(" r:hidden=\"1\""); // in a namespace: not the row's own hidden
                }
                if (r.nextInt(8) == 0) {
                    b.append(" xmlns:").append(r.nextBoolean() ? "p" : "q").append("=\"")
                            .append(r.nextBoolean() ? NS : "urn:p").append('"');
                }
                if (r.nextInt(12) == 0) { // the row and its cells in another namespace, or in none
                    b.append(" xmlns=\"").append(r.nextBoolean() ? NS : r.nextBoolean() ? "urn:other" : "").append('"');
                }
                b.append(r.nextInt(8) == 0 ? space(r) : "").append('>');
                for (int c = r.nextInt(6); c > 0; c--) {
                    String ref = (char) ('A' + r.nextInt(6)) + Integer.toString(row);
                    b.append(p.isEmpty() ? cell(r, ref, bad) : cell(r, ref, bad).replaceAll("<(/?)([a-z])", "<$1x:$2"));
                }
                b.append("</").append(p).append("row>");
                if (bad && r.nextInt(60) == 0) {
                    b.append(BAD_TEXT[r.nextInt(BAD_TEXT.length)]);
                }
            }
            b.append("</").append(p).append("sheetData>");
            if (r.nextInt(4) == 0) {
                b.append('<').append(p).append("mergeCells count=\"1\"><").append(p).append("mergeCell ref=\"")
                        .append(r.nextBoolean() ? "A2:B3" : "C1").append("\"/></").append(p).append("mergeCells>");
            }
            if (r.nextInt(4) == 0) {
                b.append('<').append(p).append("extLst><").append(p)
                        .append("ext uri=\"{78C0D931}\" xmlns:x14=\"urn:x14\"><x14:conditionalFormattings>")
                        .append("<x14:c r=\"A1\"><x14:v>1</x14:v></x14:c></x14:conditionalFormattings></")
                        .append(p).append("ext></").append(p).append("extLst>");
            }
            b.append("</").append(p).append("worksheet>");
            if (r.nextInt(6) == 0) {
                b.append("\r\n  ");
            }
            String text = b.toString();
            if (bad) {
                switch (r.nextInt(14)) {
                    case 0 -> text = text.substring(0, r.nextInt(text.length() + 1)); // cut off anywhere
                    case 1 -> text = text.replaceFirst("</(x:)?row>", "</rwo>");
                    case 2 -> text = text.replaceFirst("r=\"", "r=\"<");
                    case 3 -> text = text.replaceFirst(" s=\"", " s=\"1\" s=\"");
                    case 4 -> text = text.replaceFirst("<(x:)?c ", "<$1c q:z=\"1\" ");
                    case 5 -> text = text.replaceFirst("<(x:)?v>", "<$1v a=1>");
                    case 6 -> text = text + "<worksheet/>";
                    case 7 -> text = text.replaceFirst("<(x:)?row", "<$1row\u00e9=\"1\" ");
                    case 8 -> text = text.replaceFirst("<(x:)?c", "< c");
                    default -> {
                    }
                }
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        static String cell(Random r, String ref, boolean bad) {
            StringBuilder b = new StringBuilder("<c");
            if (r.nextInt(8) != 0) {
                b.append(space(r)).append("r=\"").append(r.nextInt(10) == 0 ? value(r) : ref).append('"');
            }
            int kind = r.nextInt(9);
            String t = switch (kind) {
                case 0, 1 -> "s";
                case 2 -> "str";
                case 3 -> "inlineStr";
                case 4 -> "b";
                case 5 -> "e";
                case 6 -> r.nextBoolean() ? "n" : value(r);
                default -> null;
            };
            if (r.nextInt(7) == 0) {
                b.append(" s=\"").append(r.nextInt(5) == 0 ? value(r) : Integer.toString(r.nextInt(3))).append('"');
            }
            if (t != null) {
                b.append(" t=").append(r.nextInt(6) == 0 ? "'" + t + "'" : "\"" + t + "\"");
            }
            if (r.nextInt(10) == 0) {
                return b.append(r.nextBoolean() ? "/>" : " />").toString();
            }
            b.append('>');
            if (r.nextInt(8) == 0) {
                b.append("<f>SUM(A1:A3)&amp;\"x\"</f>");
            }
            if ("inlineStr".equals(t)) {
                if (r.nextBoolean()) {
                    b.append("<is><t xml:space=\"preserve\">").append(text(r, bad)).append("</t></is>");
                } else {
                    b.append("<is><r><t>").append(text(r, bad)).append("</t></r><r><rPr/><t>").append(text(r, bad))
                            .append("</t></r></is>");
                }
            } else if ("s".equals(t)) {
                b.append("<v>").append(r.nextInt(8) == 0 ? text(r, bad)
                        : Integer.toString(r.nextInt(bad ? STRINGS.size() + 1 : STRINGS.size())))
                        .append("</v>");
            } else if (r.nextInt(12) != 0) {
                b.append("<v>").append(r.nextInt(3) == 0 ? Integer.toString(40000 + r.nextInt(9000)) : text(r, bad))
                        .append("</v>");
            }
            return b.append("</c>").toString();
        }

        private static String text(Random r, boolean bad) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(5); i >= 0; i--) {
                if (bad && r.nextInt(25) == 0) {
                    b.append(BAD_TEXT[r.nextInt(BAD_TEXT.length)]);
                } else {
                    b.append(CLEAN_TEXT[r.nextInt(CLEAN_TEXT.length)]);
                }
            }
            if (r.nextInt(200) == 0) {
                b.append("long text ".repeat(4000 + r.nextInt(2000))); // beyond the buffer
            }
            return b.toString();
        }

        private static String value(Random r) {
            StringBuilder b = new StringBuilder();
            if (r.nextInt(4) == 0) {
                b.append(SPACES[r.nextInt(SPACES.length)]);
            }
            b.append(CLEAN_VALUES[r.nextInt(CLEAN_VALUES.length)]);
            if (r.nextInt(4) == 0) {
                b.append(SPACES[r.nextInt(SPACES.length)]);
            }
            return b.toString();
        }

        private static String space(Random r) {
            return r.nextInt(6) == 0 ? SPACES[r.nextInt(SPACES.length)] : " ";
        }
    }
}
