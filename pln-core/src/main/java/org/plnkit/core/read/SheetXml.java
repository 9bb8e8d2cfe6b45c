package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.plnkit.core.problem.Problems;

/**
 * Our own streaming read of a workbook's XML parts (the sheets, the shared strings, the number formats of the
 * styles and the workbook's settings) with the JDK's StAX parser, DTDs and external entities off: a document
 * type declaration is refused before anything else is read. It gives each cell the same text as POI's
 * {@code XSSFSheetXMLHandler} with {@code ReadOnlySharedStringsTable} gave before (shared and inline strings, rich
 * text without phonetic runs, {@code _xHHHH_} escapes, booleans as TRUE/FALSE, error cells, formulas by their
 * saved result), with dates as ISO dates and numbers without a trailing {@code .0}, with much less work (a whole
 * cohort read takes about 45 % less CPU; docs/performance.md) and without loading XMLBeans for the styles. The
 * package is opened by {@link XlsxPackage}, or by POI when it is not plain (see {@link WorkbookSource}); POI's
 * {@code DateUtil}, {@code BuiltinFormats} and {@code XSSFRichTextString} still tell which number formats are dates,
 * Excel's built-in formats and the {@code _xHHHH_} escapes; see docs/performance.md.
 */
final class SheetXml {
    /** SpreadsheetML's namespace: elements in any other namespace carry no cells. */
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Excel's last column is XFD. */
    static final int MAX_COLUMNS = 16_384;

    private SheetXml() {
    }

    /** A parser of one part: no DTD, no external entities, namespaces on, text not coalesced. */
    static XMLStreamReader open(InputStream in) throws IOException {
        XMLInputFactory f = factory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            return f.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw damaged(e);
        }
    }

    /**
     * Which StAX parser reads the parts: Aalto when it is there (about twice as fast), else the JDK's (also with
     * {@code -Dpln.xlsx.parser=jdk}). Both give the same cells and problems (tested); set only by tests otherwise.
     */
    static volatile String parser = parser();

    private static String parser() {
        if (!"jdk".equals(System.getProperty("pln.xlsx.parser"))) {
            try {
                Class.forName("com.fasterxml.aalto.stax.InputFactoryImpl", false, SheetXml.class.getClassLoader());
                return "aalto";
            } catch (ClassNotFoundException | LinkageError e) {
                // not shipped: the JDK's parser
            }
        }
        return "jdk";
    }

    private static XMLInputFactory factory() {
        return parser.equals("aalto") ? Aalto.factory() : XMLInputFactory.newDefaultFactory();
    }

    /**
     * The only place that names Aalto's classes: kept apart so that verifying {@link SheetXml} never loads them
     * (without Aalto on the class path, as in pln-report's tests, the JDK's parser is used).
     */
    private static final class Aalto {
        static XMLInputFactory factory() {
            return new com.fasterxml.aalto.stax.InputFactoryImpl();
        }

        /** A cell's attributes straight from the parser's buffer, when the parser is Aalto's; else null. */
        static CellAttributes attributes(XMLStreamReader r) {
            return r instanceof org.codehaus.stax2.XMLStreamReader2 ? new TypedCellAttributes() : null;
        }
    }

    /** A failure of the parser as the reader reports it: the underlying read error, or the XML's own fault. */
    static IOException damaged(XMLStreamException e) {
        for (Throwable t = e.getCause() != null ? e.getCause() : e.getNestedException(); t != null;
                t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io; // a part too large, a zip bomb, a cut-off file
            }
        }
        String m = e.getMessage();
        if (m != null && m.contains("Message: ")) {
            m = m.substring(m.indexOf("Message: ") + "Message: ".length());
        }
        return new Damaged(m == null || m.isBlank() ? "unknown reason" : m.strip());
    }

    /** The XML of a part is not well formed (or holds a DOCTYPE): the workbook is damaged or hostile. */
    static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }

    private static Damaged doctype() {
        return new Damaged("DOCTYPE is disallowed: the part declares an XML document type");
    }

    // A sheet's elements the reader acts on, told apart once per element by length and letters: a chain of
    // String.equals per element was an eighth of the sheet parse's own time (#17).
    static final int TAG_OTHER = 0;
    static final int TAG_C = 1;
    static final int TAG_F = 2;
    static final int TAG_V = 3;
    static final int TAG_T = 4;
    static final int TAG_IS = 5;
    static final int TAG_ROW = 6;
    static final int TAG_COL = 7;
    static final int TAG_MERGE_CELL = 8;
    /** Not SpreadsheetML; POI's handler took it for a value's tag, and so does this reader. */
    static final int TAG_INLINE_STR = 9;

    /** The element's local name as one of the {@code TAG_} numbers. */
    static int tag(String local) {
        switch (local.length()) {
            case 1 -> {
                return switch (local.charAt(0)) {
                    case 'c' -> TAG_C;
                    case 'f' -> TAG_F;
                    case 'v' -> TAG_V;
                    case 't' -> TAG_T;
                    default -> TAG_OTHER;
                };
            }
            case 2 -> {
                return local.equals("is") ? TAG_IS : TAG_OTHER;
            }
            case 3 -> {
                return local.equals("row") ? TAG_ROW : local.equals("col") ? TAG_COL : TAG_OTHER;
            }
            case 9 -> {
                return local.equals("mergeCell") ? TAG_MERGE_CELL : local.equals("inlineStr") ? TAG_INLINE_STR
                        : TAG_OTHER;
            }
            default -> {
                return TAG_OTHER;
            }
        }
    }

    /** Whether a namespace is SpreadsheetML's (the parser hands the same string each time: identity first). */
    static boolean sml(String uri) {
        return uri == NS || NS.equals(uri);
    }

    /**
     * An element as the sheet reads it when it starts, from the XML parser or from {@link SheetScanner}: its
     * attributes in no namespace (as {@code getAttributeValue(null, name)} finds them), and a cell's {@code r},
     * {@code t} and {@code s} as {@link CellAttributes} reads them.
     */
    interface Element {
        /** The value of the attribute of this local name in no namespace, or null. */
        String attribute(String local);

        /** Reads a {@code c} element's {@code r} and {@code t} (before {@link #column} and {@link #type}). */
        void readCell();

        /** {@link Rows#column} of {@code r}, or {@link #NO_REF}. */
        int column();

        /** The type code of {@code t}. */
        int type();

        /** The style index of {@code s}, or {@link #NO_STYLE}; a value that is not a number fails as before. */
        int style();
    }

    /** The element the XML parser is at, for {@link Sheet} (and the tests that compare the readers' events). */
    static final class ParserElement implements Element {
        private final XMLStreamReader r;
        private final CellAttributes cell;

        ParserElement(XMLStreamReader r, CellAttributes cell) {
            this.r = r;
            this.cell = cell;
        }

        @Override
        public String attribute(String local) {
            return r.getAttributeValue(null, local);
        }

        @Override
        public void readCell() {
            cell.read(r);
        }

        @Override
        public int column() {
            return cell.column;
        }

        @Override
        public int type() {
            return cell.type;
        }

        @Override
        public int style() {
            return cell.style(r);
        }
    }

    /** Opens a part again, each time from its start, with the same guards. */
    interface Opener {
        InputStream open() throws IOException;
    }

    /** Whether {@link SheetScanner} reads sheets before the XML parser ({@code -Dpln.xlsx.scanner=off}: never). */
    static volatile boolean scanner = !"off".equals(System.getProperty("pln.xlsx.scanner"));

    /** The next event, a DOCTYPE refused. */
    private static int next(XMLStreamReader r) throws XMLStreamException, IOException {
        int e = r.next();
        if (e == XMLStreamConstants.DTD) {
            throw doctype();
        }
        return e;
    }

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing was written
        }
    }

    // ------------------------------------------------------------------------------------------ workbook.xml

    /**
     * Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900; fills {@code states} with each
     * sheet's state ({@code visible}, {@code hidden} or {@code veryHidden}) by name.
     */
    static boolean workbookSettings(InputStream in, Map<String, String> states) throws IOException {
        boolean date1904 = false;
        XMLStreamReader r = open(in);
        try {
            while (r.hasNext()) {
                if (next(r) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = r.getLocalName();
                if ("workbookPr".equals(local)) {
                    String v = r.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(local) && r.getAttributeValue(null, "name") != null) {
                    String state = r.getAttributeValue(null, "state");
                    states.put(r.getAttributeValue(null, "name"), state == null ? "visible" : state);
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(e);
        } finally {
            close(r);
        }
        return date1904;
    }

    // ------------------------------------------------------------------------------------------ styles.xml

    /**
     * The number format of each cell style ({@code cellXfs}), as POI's {@code StylesTable} gives them: the format
     * id and its code (a custom {@code numFmt}, else Excel's built-in format of that id, else none).
     */
    static final class Styles {
        private final Map<Short, String> formats = new HashMap<>();
        private final List<Short> xfs = new ArrayList<>();

        /** Per style: 0 not yet known, 1 a date format, 2 not a date format (asked of POI once per style). */
        private byte[] dates = new byte[0];

        int count() {
            return xfs.size();
        }

        /** Whether style {@code index} (which exists) formats numbers as dates, as POI's {@code DateUtil} decides. */
        boolean isDate(int index) {
            if (dates.length != xfs.size()) {
                dates = new byte[xfs.size()];
            }
            if (dates[index] == 0) {
                String f = formatString(index);
                dates[index] = (byte) (f != null && DateUtil.isADateFormat((short) formatIndex(index), f) ? 1 : 2);
            }
            return dates[index] == 1;
        }

        /** The format id of style {@code index}, or -1 when there is no such style. */
        int formatIndex(int index) {
            return index < 0 || index >= xfs.size() ? -1 : xfs.get(index);
        }

        /** The format code of style {@code index}: null when there is no such style or no such format. */
        String formatString(int index) {
            if (index < 0 || index >= xfs.size()) {
                return null;
            }
            short id = xfs.get(index);
            String code = formats.get(id);
            return code != null ? code : BuiltinFormats.getBuiltinFormat(id & 0xffff);
        }

        static Styles read(InputStream in) throws IOException {
            Styles s = new Styles();
            XMLStreamReader r = open(in);
            try {
                int depth = 0;
                int cellXfsDepth = -1;
                while (r.hasNext()) {
                    int e = next(r);
                    if (e == XMLStreamConstants.END_ELEMENT) {
                        if (depth-- == cellXfsDepth) {
                            cellXfsDepth = -1;
                        }
                        continue;
                    }
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    depth++;
                    if (!NS.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    String local = r.getLocalName();
                    if ("numFmt".equals(local)) {
                        String code = r.getAttributeValue(null, "formatCode");
                        s.formats.put((short) unsigned(r.getAttributeValue(null, "numFmtId")), code == null ? "" : code);
                    } else if ("cellXfs".equals(local)) {
                        cellXfsDepth = depth;
                    } else if ("xf".equals(local) && cellXfsDepth >= 0 && depth == cellXfsDepth + 1) {
                        s.xfs.add((short) unsigned(r.getAttributeValue(null, "numFmtId")));
                    }
                }
            } catch (XMLStreamException e) {
                throw damaged(e);
            } finally {
                close(r);
            }
            return s;
        }

        private static long unsigned(String v) {
            if (v == null) {
                return 0;
            }
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    // ------------------------------------------------------------------------------------------ sharedStrings.xml

    /**
     * The shared strings, as POI's {@code ReadOnlySharedStringsTable} without phonetic runs read them: the text of
     * every {@code t} of an {@code si} (rich text runs joined), phonetic runs ({@code rPh}) left out. Null when the
     * part is empty or has no {@code sst} element, as POI had it.
     */
    static List<String> sharedStrings(InputStream in) throws IOException {
        java.io.PushbackInputStream pis = new java.io.PushbackInputStream(in, 1);
        int first = pis.read();
        if (first < 0) {
            return null;
        }
        pis.unread(first);
        List<String> strings = null;
        StringBuilder text = null;
        boolean tOpen = false;
        boolean inRPh = false;
        XMLStreamReader r = open(pis);
        try {
            while (r.hasNext()) {
                int e = next(r);
                switch (e) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!NS.equals(r.getNamespaceURI())) {
                            continue;
                        }
                        switch (r.getLocalName()) {
                            case "sst" -> {
                                String count = r.getAttributeValue(null, "count");
                                if (count != null) {
                                    Long.parseLong(count); // a count that is not a number fails, as in POI
                                }
                                String unique = r.getAttributeValue(null, "uniqueCount");
                                int capacity = unique == null ? 0 : (int) Long.parseLong(unique);
                                // POI made room for all of them at once; here the list grows as they come
                                strings = new ArrayList<>(capacity < 0 ? capacity : Math.min(capacity, 1 << 16));
                                text = new StringBuilder(64);
                            }
                            case "si" -> {
                                if (text != null) {
                                    text.setLength(0);
                                }
                            }
                            case "t" -> tOpen = true;
                            case "rPh" -> inRPh = true;
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!NS.equals(r.getNamespaceURI())) {
                            continue;
                        }
                        switch (r.getLocalName()) {
                            case "si" -> {
                                if (strings != null && text != null) {
                                    strings.add(text.toString());
                                }
                            }
                            case "t" -> tOpen = false;
                            case "rPh" -> inRPh = false;
                            default -> {
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (tOpen && !inRPh && text != null) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(e);
        } finally {
            close(r);
        }
        return strings;
    }

    /** A shared string by its index, failing as POI's table did for an index past the end. */
    static String sharedString(List<String> strings, int index) {
        if (strings == null || index >= strings.size()) {
            throw new IllegalStateException("Cannot get item at " + index + " with strings: " + strings);
        }
        return decode(strings.get(index));
    }

    /** Excel's {@code _xHHHH_} escapes decoded, as POI's rich text strings do (POI is asked only when one is there). */
    static String decode(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }

    // ------------------------------------------------------------------------------------------ cell attributes

    /** A cell without an {@code r} attribute; its column is the one after the previous cell's. */
    static final int NO_REF = -2;
    /** A cell without an {@code s} attribute. */
    static final int NO_STYLE = -2;

    /** The cell types ({@code t}) the parser tells apart; any other value is {@link #T_OTHER}, none is {@link #T_NONE}. */
    static final int T_NONE = 0;
    static final int T_OTHER = 1;
    static final int T_B = 2;
    static final int T_E = 3;
    static final int T_INLINE = 4;
    static final int T_S = 5;
    static final int T_STR = 6;

    static int typeCode(String t) {
        if (t == null) {
            return T_NONE;
        }
        return switch (t) {
            case "b" -> T_B;
            case "e" -> T_E;
            case "inlineStr" -> T_INLINE;
            case "s" -> T_S;
            case "str" -> T_STR;
            default -> T_OTHER;
        };
    }

    /**
     * Reads the {@code r}, {@code t} and {@code s} attributes of a {@code c} element (those in no namespace, as
     * {@code getAttributeValue(null, name)} finds them): {@link #column} is {@link Rows#column} of {@code r} (or
     * {@link #NO_REF}), {@link #type} a type code of {@code t}; {@link #style} parses {@code s} as before, only when
     * asked (a bad one fails there, with the same exception).
     */
    static class CellAttributes {
        int column;
        int type;

        void read(XMLStreamReader r) {
            String ref = r.getAttributeValue(null, "r");
            column = ref == null ? NO_REF : Rows.column(ref);
            type = typeCode(r.getAttributeValue(null, "t"));
        }

        /** The style index of {@code s}, or {@link #NO_STYLE}; a value that is not a number fails as before. */
        int style(XMLStreamReader r) {
            String s = r.getAttributeValue(null, "s");
            return s == null ? NO_STYLE : Integer.parseInt(s.trim());
        }
    }

    /**
     * {@link CellAttributes} through Aalto's typed access (Stax2): the values are read from the parser's buffer, so
     * that a cell costs no strings and no look-ups by name (asking for three attributes by name was a third of the
     * sheet loop, #17). The typed access trims the value first; whenever a trimmed space could change the answer, or
     * the value is not a plain one, the value is asked for as text and read as {@link CellAttributes} does.
     */
    static final class TypedCellAttributes extends CellAttributes {
        private final Decoder decoder = new Decoder();
        private int styleAttribute;

        @Override
        void read(XMLStreamReader r) {
            org.codehaus.stax2.XMLStreamReader2 r2 = (org.codehaus.stax2.XMLStreamReader2) r;
            column = NO_REF;
            type = T_NONE;
            styleAttribute = -1;
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                String local = r.getAttributeLocalName(i);
                int which = "r".equals(local) ? 'r' : "t".equals(local) ? 't' : "s".equals(local) ? 's' : 0;
                if (which == 0 || !r.getAttributeNamespace(i).isEmpty()) {
                    continue;
                }
                if (which == 's') {
                    styleAttribute = i;
                    continue;
                }
                if (!decode(r2, i, which)) {
                    String v = r.getAttributeValue(i);
                    if (which == 'r') {
                        column = Rows.column(v);
                    } else {
                        type = typeCode(v);
                    }
                } else if (which == 'r') {
                    column = decoder.result;
                } else {
                    type = decoder.result;
                }
            }
        }

        @Override
        int style(XMLStreamReader r) {
            if (styleAttribute < 0) {
                return NO_STYLE;
            }
            if (decode((org.codehaus.stax2.XMLStreamReader2) r, styleAttribute, 's')) {
                return decoder.result;
            }
            return Integer.parseInt(r.getAttributeValue(styleAttribute).trim());
        }

        /** Whether the typed read gave the answer; false: read the value as text instead. */
        private boolean decode(org.codehaus.stax2.XMLStreamReader2 r, int index, int which) {
            decoder.which = which;
            decoder.ok = false;
            try {
                r.getAttributeAs(index, decoder);
            } catch (XMLStreamException | IllegalArgumentException e) {
                return false;
            }
            return decoder.ok;
        }

        /** Reads one value in place; leaves {@code ok} false for anything it does not answer exactly. */
        private static final class Decoder extends org.codehaus.stax2.typed.TypedValueDecoder {
            int which;
            int result;
            boolean ok;

            @Override
            public void decode(String text) {
                // the text form is never handed to a decoder by Aalto's attribute access; read as text instead
            }

            @Override
            public void decode(char[] buf, int start, int end) {
                // a space next to the value may have been trimmed off it, or belong to the value before: ask again
                if (start > 0 && buf[start - 1] <= ' ' || end < buf.length && buf[end] <= ' ') {
                    return;
                }
                int length = end - start;
                switch (which) {
                    case 'r' -> {
                        result = Rows.column(buf, start, end);
                        ok = true;
                    }
                    case 't' -> {
                        char c = buf[start];
                        if (length == 1 && (c == 's' || c == 'b' || c == 'e')) {
                            result = c == 's' ? T_S : c == 'b' ? T_B : T_E;
                            ok = true;
                        } else if (length == 3 && c == 's' && buf[start + 1] == 't' && buf[start + 2] == 'r') {
                            result = T_STR;
                            ok = true;
                        } else if (length == 1 && c == 'n') {
                            result = T_OTHER;
                            ok = true;
                        }
                    }
                    default -> {
                        if (length > 0 && length <= 9) {
                            int v = 0;
                            for (int i = start; i < end; i++) {
                                char c = buf[i];
                                if (c < '0' || c > '9') {
                                    return;
                                }
                                v = v * 10 + (c - '0');
                            }
                            result = v;
                            ok = true;
                        }
                    }
                }
            }

            @Override
            public void handleEmptyValue() {
                // read as text (an empty or blank value)
            }
        }
    }

    // ------------------------------------------------------------------------------------------ numbers and dates

    /** A date-formatted number as an ISO date, any other number plainly ({@code 4}, not {@code 4.0}). */
    static String format(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatString != null && DateUtil.isADateFormat((short) formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, date1904);
            if (t != null) {
                return t.toLocalDate().toString();
            }
        }
        return plain(value);
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------------------------------ sheets

    /** What the parser hands on: rows and their cells, in the order of the sheet. */
    interface Cells {
        void startRow(int rowNum);

        /** A cell's value; {@code refColumn} is the column its reference names, or {@link #NO_REF}. */
        void cell(int refColumn, String value);

        void endRow(int rowNum);
    }

    private enum Type { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER }

    /**
     * Parses one sheet. Each cell's text is made as POI's {@code XSSFSheetXMLHandler} made it (given at the end of
     * its {@code v}, or of its inline {@code is}); besides, as the reader's watcher did before, an error cell
     * ({@code #N/A}) is given as its error text, a formula without a saved result and a cell longer than the limit
     * are reported as unreadable (the long text is not even kept, so a hostile cell cannot fill the memory), and
     * hidden rows and columns and merged cells are noted for warnings at the end.
     */
    static final class Sheet implements SheetScanner.Handler {
        private static final int LISTED = 20;
        private final Styles styles;
        private final List<String> strings;
        private final boolean date1904;
        private final Rows rows;
        private final int maxChars;

        // as POI's handler
        private final StringBuilder value = new StringBuilder(64);
        private boolean vIsOpen;
        private boolean isIsOpen;
        private Type nextDataType = Type.NUMBER;
        private int style;
        private String formatString;
        /** Date cells by their number as written: a cohort has few distinct dates and many cells that hold them. */
        private final Map<String, String> dateTexts = new HashMap<>();
        /** The same for dates written as whole numbers (nearly all), by their number. */
        private final Map<Integer, String> dateDays = new HashMap<>();
        /** Whole numbers below 1,024 that are not dates, as text (a cohort's values 1 to 5, counts). */
        private final String[] smallNumbers = new String[1024];
        /** The column of the cell being read (as its {@code r} gave it), or {@link #NO_REF}. */
        private int cellColumn;
        private int rowNum;
        private int nextRowNum;

        // as the watcher
        /** The cell's {@code r} and {@code t}; also its {@code s}, read when asked. */
        private CellAttributes attributes;
        /** Whether a {@code c} is open: the column of its {@code r} (or {@link #NO_REF}) is {@link #refColumn}. */
        private boolean inCell;
        private int refColumn;
        private int type = T_NONE;
        /** The shared strings with Excel's escapes decoded, each worked out on first use. */
        private String[] decoded;
        private boolean formula;
        private boolean hasValue;
        private boolean inText;
        /** The number the value's text spells and its count of digits, -1 once it is anything else. */
        private int valueNumber;
        private int valueDigitCount;
        private long chars;
        private final StringBuilder errorText = new StringBuilder();
        private final List<String> merged = new ArrayList<>();
        private int moreMerged;

        Sheet(Styles styles, List<String> strings, boolean date1904, Rows rows, int maxChars) {
            this.styles = styles;
            this.strings = strings;
            this.date1904 = date1904;
            this.rows = rows;
            this.maxChars = maxChars;
        }

        /**
         * Reads the sheet to its end (or until the rows stop it): {@link SheetScanner} first, unless it is off or
         * the XML parser is not Aalto (tests compare the parsers); where the scanner leaves the sheet, Aalto reads
         * the part again and goes on from there.
         */
        void parse(Opener part) throws IOException {
            if (!scanner || !parser.equals("aalto")) {
                try (InputStream in = part.open()) {
                    parse(in);
                }
                return;
            }
            long elements;
            long chars;
            try (InputStream in = part.open()) {
                SheetScanner s = new SheetScanner(in, this);
                try {
                    s.scan();
                    return;
                } catch (SheetScanner.LeftToParser | IOException e) {
                    // the parser says what is wrong, at the same row as ever, and reads what it alone reads
                    elements = s.elements();
                    chars = s.chars();
                }
            }
            try (InputStream in = part.open()) {
                parse(in, elements, chars);
            }
        }

        /** Reads the sheet to its end (or until the rows stop it) with the XML parser alone. */
        void parse(InputStream in) throws IOException {
            parse(in, 0, 0);
        }

        /**
         * The XML parser's reading, passing over the first {@code elements} start and end tags, the text before the
         * last of them and {@code chars} characters of the text after it: what {@link SheetScanner} handed on.
         */
        private void parse(InputStream in, long elements, long chars) throws IOException {
            XMLStreamReader r = open(in);
            if (attributes == null) {
                CellAttributes typed = parser.equals("aalto") ? Aalto.attributes(r) : null;
                attributes = typed != null ? typed : new CellAttributes();
            }
            ParserElement element = new ParserElement(r, attributes);
            long passed = 0;
            long skip = chars;
            try {
                while (r.hasNext()) {
                    int event = next(r);
                    if (passed < elements) {
                        if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                            passed++;
                        }
                        continue;
                    }
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT ->
                                start(tag(r.getLocalName()), sml(r.getNamespaceURI()), element);
                        case XMLStreamConstants.END_ELEMENT -> end(tag(r.getLocalName()), sml(r.getNamespaceURI()));
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            int length = r.getTextLength();
                            int start = r.getTextStart();
                            if (skip > 0) {
                                int passOver = (int) Math.min(skip, length);
                                skip -= passOver;
                                start += passOver;
                                length -= passOver;
                            }
                            if (length > 0) {
                                characters(r.getTextCharacters(), start, length);
                            }
                        }
                        default -> {
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw damaged(e);
            } finally {
                close(r);
            }
        }

        @Override
        public void start(int tag, boolean sml, Element e) {
            // the watcher: whatever the namespace
            switch (tag) {
                case TAG_C -> {
                    e.readCell();
                    inCell = true;
                    refColumn = e.column();
                    type = e.type();
                    formula = false;
                    hasValue = false;
                    chars = 0;
                    errorText.setLength(0);
                }
                case TAG_F -> formula = true;
                case TAG_V, TAG_T -> {
                    hasValue = true;
                    inText = true;
                }
                case TAG_IS -> hasValue = true;
                case TAG_ROW -> {
                    String hidden = e.attribute("hidden");
                    rows.rowHidden = "1".equals(hidden) || "true".equals(hidden);
                }
                case TAG_COL -> {
                    String hidden = e.attribute("hidden");
                    if ("1".equals(hidden) || "true".equals(hidden)) {
                        int min = number(e.attribute("min"));
                        int max = Math.min(number(e.attribute("max")), MAX_COLUMNS);
                        if (min >= 1 && max >= min) {
                            rows.hiddenColumns.set(min - 1, max);
                        }
                    }
                }
                case TAG_MERGE_CELL -> {
                    String range = e.attribute("ref");
                    if (range != null && merged.size() < LISTED) {
                        merged.add(range);
                    } else if (range != null) {
                        moreMerged++;
                    }
                }
                default -> {
                }
            }
            if (tag == TAG_OTHER || !sml) {
                return;
            }
            // POI's handler: SpreadsheetML only
            if (isTextTag(tag)) {
                vIsOpen = true;
                if (!isIsOpen) {
                    clearValue();
                }
            } else if (tag == TAG_IS) {
                isIsOpen = true;
            } else if (tag == TAG_F) {
                if (nextDataType == Type.NUMBER) {
                    nextDataType = Type.FORMULA;
                }
            } else if (tag == TAG_ROW) {
                String n = e.attribute("r");
                rowNum = n != null ? Integer.parseInt(n.trim()) - 1 : nextRowNum;
                rows.startRow(rowNum);
            } else if (tag == TAG_C) {
                nextDataType = Type.NUMBER;
                style = -1;
                formatString = null;
                cellColumn = refColumn;
                int cellType = type;
                if (cellType == T_B) {
                    nextDataType = Type.BOOLEAN;
                } else if (cellType == T_E) {
                    nextDataType = Type.ERROR;
                } else if (cellType == T_INLINE) {
                    nextDataType = Type.INLINE_STRING;
                } else if (cellType == T_S) {
                    nextDataType = Type.SST_STRING;
                } else if (cellType == T_STR) {
                    nextDataType = Type.FORMULA;
                } else if (styles != null) {
                    int s = e.style();
                    int index = s != NO_STYLE ? s : styles.count() > 0 ? 0 : -1;
                    if (index >= 0 && index < styles.count()) {
                        style = index;
                        formatString = styles.formatString(index);
                    }
                }
            }
        }

        private boolean isTextTag(int tag) {
            return tag == TAG_V || tag == TAG_INLINE_STR || tag == TAG_T && isIsOpen;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            // the same however the parser splits the text: the first 32 characters of an error, the first maxChars
            // of a value (a longer one is reported as such at its cell's end)
            if (inText) {
                long before = chars;
                chars += length;
                if (type == T_E && errorText.length() < 32) {
                    errorText.append(ch, start, Math.min(length, 32 - errorText.length()));
                }
                if (chars > maxChars) {
                    length = (int) Math.max(0, maxChars - before);
                    if (length == 0) {
                        return; // not kept: the cell is reported instead
                    }
                }
            } else if (formula && inCell && refColumn != NO_REF) {
                return; // a formula's text is never used
            }
            if (vIsOpen) {
                appendValue(ch, start, length);
            }
        }

        @Override
        public void end(int tag, boolean sml) {
            if (inText && (tag == TAG_V || tag == TAG_T)) {
                inText = false;
            }
            if (sml) {
                if (isTextTag(tag)) {
                    vIsOpen = false;
                    if (!isIsOpen) {
                        outputCell();
                        clearValue();
                    }
                } else if (tag == TAG_IS) {
                    isIsOpen = false;
                    outputCell();
                    clearValue();
                } else if (tag == TAG_ROW) {
                    rows.endRow(rowNum);
                    nextRowNum = rowNum + 1;
                }
            }
            if (tag == TAG_C) {
                int col = rows.columnOf(refColumn);
                if (chars > maxChars) {
                    rows.unreadable(col, "this cell holds more than " + Sizes.count(maxChars) + " characters ("
                            + Sizes.count(chars) + "); at most " + Sizes.count(maxChars) + " are accepted");
                } else if (formula && (!hasValue || chars == 0 && type != T_STR)) {
                    // no saved result: no <v>, or an empty one (<v></v>, as some programs write), which is no
                    // number; only a text result (t="str") may be empty
                    rows.unreadable(col, "this cell holds a formula without a saved result (the program that wrote"
                            + " the file did not calculate it); open the file in Excel or LibreOffice and save it,"
                            + " or type the value");
                } else if (type == T_E) {
                    rows.replace(col, errorText.toString().strip());
                }
                inCell = false;
                type = T_NONE;
            }
        }

        private void outputCell() {
            String text = null;
            switch (nextDataType) {
                case BOOLEAN -> text = value.charAt(0) == '0' ? "FALSE" : "TRUE";
                case ERROR -> text = "ERROR:" + value;
                case FORMULA -> {
                    String fv = value.toString();
                    text = fv;
                    if (formatString != null) {
                        try {
                            text = styled(fv);
                        } catch (RuntimeException e) {
                            text = fv; // a text result
                        }
                    }
                }
                case INLINE_STRING -> text = decode(value.toString());
                case SST_STRING -> {
                    int known = valueDigits();
                    if (known >= 0 && strings != null && known < strings.size()) {
                        text = decoded(known); // the usual cell: an index into the table, as text
                        break;
                    }
                    String index = value.toString().trim();
                    if (!index.isEmpty()) {
                        try {
                            text = sharedString(strings, Integer.parseInt(index));
                        } catch (NumberFormatException e) {
                            text = null; // as POI: logged there, an empty cell here
                        }
                    }
                }
                case NUMBER -> {
                    int whole = formatString != null ? valueDigits() : -1;
                    if (whole >= 0) {
                        try {
                            text = styled(whole); // the usual number: a few digits (a value, a date's day)
                            break;
                        } catch (RuntimeException e) {
                            // read as text below, as before
                        }
                    }
                    String n = value.toString();
                    text = n;
                    if (formatString != null && !n.isEmpty()) {
                        try {
                            text = styled(n);
                        } catch (RuntimeException e) {
                            text = n;
                        }
                    }
                }
                default -> throw new IllegalStateException(nextDataType.toString());
            }
            rows.cell(cellColumn, text);
        }

        /** Empties the value's text. */
        private void clearValue() {
            value.setLength(0);
            valueNumber = 0;
            valueDigitCount = 0;
        }

        /**
         * Adds to the value's text, keeping the number it spells while it is 1 to 9 digits: reading them back one
         * by one from the builder was a tenth of the sheet loop under the quick compiler (#17).
         */
        private void appendValue(char[] ch, int start, int length) {
            value.append(ch, start, length);
            int count = valueDigitCount;
            if (count < 0) {
                return;
            }
            int v = valueNumber;
            for (int i = start, end = start + length; i < end; i++) {
                char c = ch[i];
                if (c < '0' || c > '9' || ++count > 9) {
                    valueDigitCount = -1;
                    return;
                }
                v = v * 10 + (c - '0');
            }
            valueNumber = v;
            valueDigitCount = count;
        }

        /** The number the value's text spells when it is 1 to 9 digits, else -1 (anything else is read as before). */
        private int valueDigits() {
            return valueDigitCount > 0 ? valueNumber : -1;
        }

        /** {@link #sharedString} of an index within the table, decoded once: one string for all its cells. */
        private String decoded(int index) {
            if (decoded == null) {
                decoded = new String[strings.size()];
            }
            String d = decoded[index];
            if (d == null) {
                d = decode(strings.get(index));
                decoded[index] = d;
            }
            return d;
        }

        /**
         * {@link #styled(String)} of a number written as digits only: the same text, without making the number's
         * text first; each distinct date and each small number is made once.
         */
        private String styled(int whole) {
            if (!styles.isDate(style)) {
                if (whole < smallNumbers.length) {
                    String known = smallNumbers[whole];
                    if (known == null) {
                        known = plain(whole);
                        smallNumbers[whole] = known;
                    }
                    return known;
                }
                return plain(whole);
            }
            Integer key = whole;
            String known = dateDays.get(key);
            if (known == null) {
                known = format(whole, styles.formatIndex(style), formatString, date1904);
                if (dateDays.size() < 100_000) {
                    dateDays.put(key, known);
                }
            }
            return known;
        }

        /** A number of the current cell's style, as {@link #format} gives it. */
        private String styled(String raw) {
            if (!styles.isDate(style)) {
                return plain(Double.parseDouble(raw.trim()));
            }
            String known = dateTexts.get(raw);
            if (known == null) {
                known = format(Double.parseDouble(raw.trim()), styles.formatIndex(style), formatString, date1904);
                if (dateTexts.size() < 100_000) {
                    dateTexts.put(raw, known);
                }
            }
            return known;
        }

        /** Warnings about merged cells, and hidden rows and columns that hold values. */
        void report(TableSink.Places places, Problems problems) {
            for (String range : merged) {
                String first = range.contains(":") ? range.substring(0, range.indexOf(':')) : range;
                problems.warning(places.cell(row(first), Math.max(0, Rows.column(first)), null), "cells " + range
                        + " are merged: only " + first + " keeps its value and the others are read as empty; unmerge"
                        + " them and fill in each cell");
            }
            if (moreMerged > 0) {
                problems.warning(places.row(1, null), moreMerged + " more merged ranges are not listed");
            }
            int listed = 0;
            for (int c = rows.usedHiddenColumns.nextSetBit(0); c >= 0; c = rows.usedHiddenColumns.nextSetBit(c + 1)) {
                if (listed++ < LISTED) {
                    problems.warning(places.cell(1, c, null), "column " + CellReference.convertNumToColString(c)
                            + " is hidden; its values are read all the same");
                }
            }
            if (rows.hiddenRows > 0) {
                problems.warning(places.row(rows.firstHiddenRow, null), (rows.hiddenRows == 1 ? "this row is hidden"
                        : rows.hiddenRows + " rows are hidden, the first is this one") + " (by hand or by a filter);"
                        + " hidden rows are read all the same");
            }
        }

        private static int row(String ref) {
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                i++;
            }
            return number(ref.substring(i));
        }

        private static int number(String s) {
            try {
                return s == null ? -1 : Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Collects the cells of a row and hands whole rows to the sink. */
    static final class Rows implements Cells {
        private final TableSink sink;
        private String[] cells = new String[32];
        private int width;
        private int nextColumn;
        private int rowNum;
        private boolean headerDone;
        /** Set for a row marked hidden (by hand or by a filter). */
        boolean rowHidden;
        int hiddenRows;
        int firstHiddenRow;
        /** Columns marked hidden, and those of them that hold a value. */
        final BitSet hiddenColumns = new BitSet();
        final BitSet usedHiddenColumns = new BitSet();

        Rows(TableSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, width, null);
            width = 0;
            nextColumn = 0;
            this.rowNum = rowNum;
        }

        /** The 0-based column of a cell's reference ({@link Rows#column}), or of the next cell when it has none. */
        int columnOf(int refColumn) {
            return refColumn == NO_REF ? nextColumn : refColumn;
        }

        /** The cell's value is not what it seems: report it instead, as empty. */
        void unreadable(int col, String message) {
            if (col >= 0 && col < MAX_COLUMNS) {
                if (col < cells.length) {
                    cells[col] = null;
                }
                sink.cellProblem(rowNum + 1, col, message);
            }
        }

        /** Replaces the value of a cell already given (an error cell's {@code ERROR:#N/A} by {@code #N/A}). */
        void replace(int col, String value) {
            if (col >= 0 && col < width) {
                cells[col] = value;
            }
        }

        @Override
        public void cell(int refColumn, String value) {
            int col = columnOf(refColumn);
            if (col < 0 || col >= MAX_COLUMNS) {
                return;
            }
            nextColumn = col + 1;
            if (col >= cells.length) {
                cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(col + 1, cells.length * 2)));
            }
            cells[col] = value;
            width = Math.max(width, col + 1);
            if (hiddenColumns.get(col) && value != null && !value.isBlank()) {
                usedHiddenColumns.set(col);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowHidden && width > 0) {
                if (hiddenRows++ == 0) {
                    firstHiddenRow = rowNum + 1;
                }
            }
            rowHidden = false;
            if (!headerDone) {
                headerDone = true;
                boolean ok = rowNum == 0 ? sink.header(1, cells, width) : sink.header(1, new String[0], 0);
                if (!ok) {
                    throw new WorkbookSource.Stop();
                }
                if (rowNum == 0) {
                    return;
                }
            }
            if (!sink.row(rowNum + 1, cells, width)) {
                throw new WorkbookSource.Stop();
            }
        }

        void finish() {
            if (!headerDone) {
                headerDone = true;
                if (!sink.header(1, new String[0], 0)) {
                    return;
                }
            }
            sink.end();
        }

        /** The 0-based column of a reference like {@code F12}; -1 when it has no letters. */
        static int column(String reference) {
            return column(reference.toCharArray(), 0, reference.length());
        }

        /** The same, of the characters {@code start} to {@code end} of a parser's buffer (no string made). */
        static int column(char[] chars, int start, int end) {
            int col = 0;
            int i = start;
            for (; i < end && i - start < 4; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    col = col * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return i == start ? -1 : col - 1;
        }
    }
}
