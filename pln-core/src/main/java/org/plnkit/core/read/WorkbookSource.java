package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.Problems;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the Participants and Connections sheets of an {@code .xlsx} cohort with POI's streaming event API
 * ({@link XSSFReader} and {@link XSSFSheetXMLHandler} over SAX): one row in memory at a time, never the
 * workbook's user model, which needs gigabytes for a large cohort. POI's zip-bomb guards (minimum inflate
 * ratio, maximum entry size) stay on at their defaults, and each sheet and the shared strings are also bounded
 * by this read's {@link Limits}, without touching POI's global settings. Date cells
 * come out as ISO dates whatever their number format, booleans as TRUE/FALSE, numbers without a trailing
 * {@code .0}. Only this class touches POI, so that POI stays an optional dependency.
 */
final class WorkbookSource {
    static final String PARTICIPANTS = "Participants";
    static final String CONNECTIONS = "Connections";
    /** Excel's last column is XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private WorkbookSource() {
    }

    /** Feeds the workbook's sheets to the assembler; problems with the file itself are recorded as fatal. */
    static void read(Path file, String name, CohortAssembler assembler, Limits limits, Problems problems) {
        Place whole = Place.file(name);
        try {
            InputFiles.requireRegular(file); // a FIFO would block forever
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.error(whole, Limit.FILE_SIZE.message("the workbook is " + Sizes.mb(size),
                        limits.maxFileBytes()));
                assembler.fatal();
                return;
            }
            byte[] head = new byte[8];
            int got;
            try (InputStream in = Files.newInputStream(file)) {
                got = in.readNBytes(head, 0, head.length);
            }
            if (got >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                problems.error(whole, "this workbook is in the old .xls format or protected by a password; "
                        + "save it as an Excel Workbook (.xlsx) without a password");
                assembler.fatal();
                return;
            }
            if (got < 4 || head[0] != 'P' || head[1] != 'K') {
                problems.error(whole, "this file is not an .xlsx workbook (an .xlsx file is a zip archive, and this "
                        + "one is not); if it is CSV, put it in a folder as connections.csv");
                assembler.fatal();
                return;
            }
        } catch (IOException e) {
            problems.error(whole, "cannot read the file: " + Documents.firstLine(e.getMessage()));
            assembler.fatal();
            return;
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            readPackage(pkg, name, assembler, limits, problems);
        } catch (Stop e) {
            assembler.fatal();
        } catch (OLE2NotOfficeXmlFileException e) {
            problems.error(whole, "this workbook is in the old .xls format or protected by a password; "
                    + "save it as an Excel Workbook (.xlsx) without a password");
            assembler.fatal();
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            problems.error(whole, explain(e, file));
            assembler.fatal();
        } catch (OutOfMemoryError e) {
            // a hostile workbook can claim a huge part; report it rather than fail the whole run
            problems.error(whole, "the workbook needs more memory than is available; it is too large to read");
            assembler.fatal();
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close without trying to save
            }
        }
    }

    private static void readPackage(OPCPackage pkg, String name, CohortAssembler assembler, Limits limits,
                                    Problems problems) throws IOException, SAXException, OpenXML4JException {
        XSSFReader reader = new XSSFReader(pkg);
        Map<String, String> states = new HashMap<>();
        boolean date1904 = workbookSettings(reader, states);
        StylesTable styles = reader.getStylesTable();
        SharedStrings strings = sharedStrings(pkg, limits);
        PackagePart participants = null;
        PackagePart connections = null;
        String participantsName = null;
        String connectionsName = null;
        List<String> names = new ArrayList<>();
        Map<String, PackagePart> others = new java.util.LinkedHashMap<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            String sheet = it.getSheetName();
            names.add(sheet);
            String key = sheet.strip().toLowerCase(Locale.ROOT);
            if (participants == null && key.equals("participants")) {
                participants = it.getSheetPart();
                participantsName = sheet;
            } else if (connections == null && key.equals("connections")) {
                connections = it.getSheetPart();
                connectionsName = sheet;
            } else if (key.equals("participants") || key.equals("connections")) {
                String first = key.equals("participants") ? participantsName : connectionsName;
                problems.warning(Place.file(name), "the workbook has another sheet named " + Text.quote(sheet)
                        + "; only the first, " + Text.quote(first) + ", is read");
            } else if (others.size() < 50) {
                others.put(sheet, it.getSheetPart());
            }
        }
        for (String chosen : new String[] {participantsName, connectionsName}) {
            String state = chosen == null ? null : states.get(chosen);
            if (state != null && !state.equals("visible")) {
                problems.warning(Place.file(name), "the sheet " + chosen + " is hidden; it is read all the same");
            }
        }
        if (connections == null) {
            problems.error(Place.file(name), "the workbook has no sheet named Connections (its sheets: "
                    + String.join(", ", names) + "); a cohort workbook needs Participants and Connections");
            assembler.fatal();
            return;
        }
        if (participants == null) {
            problems.warning(Place.file(name), "the workbook has no sheet named Participants; participants are "
                    + "taken from Connections, with their ids as names");
        } else {
            TableSink.Places pp = places(name, participantsName);
            sheet(participants, participantsName, assembler.participants(name, Optional.of(participantsName), pp), pp,
                    styles, strings, date1904, limits, problems);
        }
        unreadLookalikes(others, name, styles, strings, limits, problems);
        TableSink.Places cp = places(name, connectionsName);
        sheet(connections, connectionsName, assembler.connections(name, Optional.of(connectionsName), cp), cp,
                styles, strings, date1904, limits, problems);
    }

    /**
     * Sheets under other names ("Connections (2)", "Copy of Participants", "Sheet1") whose first row carries the
     * contract's column names: their rows would be dropped without a word, so say so and how to include them.
     */
    private static void unreadLookalikes(Map<String, PackagePart> others, String name, StylesTable styles,
                                         SharedStrings strings, Limits limits, Problems problems) {
        for (Map.Entry<String, PackagePart> e : others.entrySet()) {
            List<String> header;
            try {
                header = firstRow(e.getValue(), styles, strings, limits);
            } catch (IOException | SAXException | RuntimeException ex) {
                continue; // a sheet that is not read anyway; its own problems do not matter here
            }
            boolean connections = header.contains("participant_id") && header.contains("connection_name");
            boolean participants = !connections && header.contains("participant_id")
                    && (header.contains("name") || header.contains("school") || header.contains("role"));
            if (connections || participants) {
                String target = connections ? CONNECTIONS : PARTICIPANTS;
                problems.warning(Place.file(name), "the sheet " + Text.quote(e.getKey()) + " has the columns of "
                        + target + " but is not read: only the sheets named Participants and Connections are; to"
                        + " include its rows, copy them into the sheet " + target + " (or delete the sheet if it is"
                        + " an old copy)");
            }
        }
    }

    /** The first row's cells, trimmed and in lower case (at most 64 cells; nothing past the first row is read). */
    private static List<String> firstRow(PackagePart part, StylesTable styles, SharedStrings strings, Limits limits)
            throws IOException, SAXException {
        final class Done extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Done() {
                super(null, null, false, false);
            }
        }
        List<String> cells = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler h = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                // the first row met is the header (or the rows above it, which the reader reports elsewhere)
            }

            @Override
            public void endRow(int rowNum) {
                throw new Done();
            }

            @Override
            public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
                if (cells.size() < 64 && value != null) {
                    cells.add(value.strip().toLowerCase(Locale.ROOT));
                }
            }
        };
        XMLReader xml = newXmlReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, h, new DataFormatter(), false));
        try (InputStream in = new LimitedInputStream(part.getInputStream(), limits.maxUnpackedBytes(),
                "the sheet is too large")) {
            xml.parse(new InputSource(in));
        } catch (Done d) {
            // the first row is read
        }
        return cells;
    }

    private static void sheet(PackagePart part, String sheetName, TableSink sink, TableSink.Places places,
                              StylesTable styles, SharedStrings strings, boolean date1904, Limits limits,
                              Problems problems) throws IOException, SAXException {
        Rows rows = new Rows(sink);
        XMLReader xml = newXmlReader();
        SheetWatcher watcher = new SheetWatcher(new XSSFSheetXMLHandler(styles, null, strings, rows,
                new IsoFormatter(date1904), false), rows, limits.maxScalarChars());
        xml.setContentHandler(watcher);
        try (InputStream in = new LimitedInputStream(part.getInputStream(), limits.maxUnpackedBytes(),
                Limit.UNPACKED_SIZE.message("the sheet " + sheetName + " unpacks to more than "
                        + Sizes.mb(limits.maxUnpackedBytes()) + ", so it is not read", limits.maxUnpackedBytes()))) {
            xml.parse(new InputSource(in));
        } catch (Stop e) {
            // the sink asked to stop; it has recorded why
            return;
        }
        rows.finish();
        watcher.report(places, problems);
    }

    private static TableSink.Places places(String file, String sheet) {
        return new TableSink.Places() {
            @Override
            public Place cell(int row, int column, String field) {
                return Place.cell(file, sheet, CellReference.convertNumToColString(column) + row, field);
            }

            @Override
            public Place row(int row, String field) {
                return Place.cell(file, sheet, Integer.toString(row), field);
            }
        };
    }

    /** The shared strings, refused when they unpack to more than the limit (they are held in memory). */
    private static SharedStrings sharedStrings(OPCPackage pkg, Limits limits) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(
                org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
        }
        try (InputStream in = new LimitedInputStream(parts.get(0).getInputStream(), limits.maxSharedStringsBytes(),
                Limit.UNPACKED_SIZE.message("the workbook's shared strings unpack to more than "
                        + Sizes.mb(limits.maxSharedStringsBytes()) + ", so the workbook is not read",
                        limits.maxSharedStringsBytes()))) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /**
     * Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900; fills {@code states} with each
     * sheet's state ({@code visible}, {@code hidden} or {@code veryHidden}) by name.
     */
    private static boolean workbookSettings(XSSFReader reader, Map<String, String> states)
            throws IOException, SAXException, OpenXML4JException {
        boolean[] found = new boolean[1];
        XMLReader xml = newXmlReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String v = attributes.getValue("date1904");
                    found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(localName) && attributes.getValue("name") != null) {
                    String state = attributes.getValue("state");
                    states.put(attributes.getValue("name"), state == null ? "visible" : state);
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            xml.parse(new InputSource(in));
        }
        return found[0];
    }

    private static XMLReader newXmlReader() throws SAXException {
        try {
            return XMLHelper.newXMLReader(); // POI's: no external entities, no DTDs
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /**
     * {@link #explain(Throwable)}, knowing the file: what it is when it is not a workbook at all (an OpenDocument
     * spreadsheet renamed, a file cut short), in one plain sentence with what to do, never the library's text.
     */
    static String explain(Throwable e, Path file) {
        String all = chain(e).toLowerCase(Locale.ROOT);
        if (all.contains("strict ooxml")) {
            return "this workbook is saved as \"Strict Open XML Spreadsheet\", which cannot be read; open it in Excel"
                    + " and save it as a normal Excel Workbook (.xlsx)";
        }
        String kind = zipKind(file);
        if (kind.equals("ods")) {
            return "this is an OpenDocument spreadsheet (.ods) with an .xlsx name; open it in LibreOffice and save it"
                    + " as Excel 2007-365 (.xlsx)";
        }
        if (kind.equals("broken")) {
            return "the workbook is incomplete or damaged (cut off while it was copied or downloaded?); copy it again,"
                    + " or open it in Excel or LibreOffice and save it again as .xlsx";
        }
        if (all.contains("failed to find sheet package") || all.contains("no part") || all.contains("missing")) {
            return "the workbook is damaged: a sheet it lists is missing from inside the file; open it in Excel or"
                    + " LibreOffice (which may repair it) and save it again as .xlsx";
        }
        if (all.contains("doctype") || all.contains("zip bomb") || all.contains("unpacks to")) {
            return explain(e);
        }
        if (kind.equals("other zip")) {
            return "this is a zip archive but not an Excel workbook; give the .xlsx file itself (save the data from"
                    + " Excel or LibreOffice as Excel Workbook (.xlsx))";
        }
        String plain = explain(e);
        return plain.startsWith("this file is not a readable .xlsx workbook")
                ? "this file is not a readable .xlsx workbook; open it in Excel or LibreOffice and save it as an Excel"
                        + " Workbook (.xlsx)"
                : plain.startsWith("the workbook is damaged") || plain.startsWith("the workbook cannot be read")
                        ? "the workbook is damaged and cannot be read; open it in Excel or LibreOffice (which may"
                                + " repair it) and save it again as .xlsx"
                        : plain;
    }

    /** "xlsx", "ods", "other zip", or "broken" (not a whole zip), from the zip's own entries. */
    private static String zipKind(Path file) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            java.util.zip.ZipEntry mime = z.getEntry("mimetype");
            if (mime != null && mime.getSize() < 200) {
                try (InputStream in = z.getInputStream(mime)) {
                    String m = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII);
                    if (m.contains("opendocument")) {
                        return "ods";
                    }
                }
            }
            return z.getEntry("[Content_Types].xml") != null ? "xlsx" : "other zip";
        } catch (IOException | RuntimeException e) {
            return "broken";
        }
    }

    static String explain(Throwable e) {
        String all = chain(e);
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("doctype")) {
            return "the workbook holds an XML document type declaration (DOCTYPE), which Excel never writes and which"
                    + " can make a program read other files (an XXE attack); it is not read";
        }
        if (lower.contains("zip bomb")) {
            return "the workbook unpacks to far more than its size (a zip bomb?), so it is not read";
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge) {
                return t.getMessage();
            }
        }
        if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                || e instanceof org.apache.poi.UnsupportedFileFormatException
                || lower.contains("zip") || lower.contains("content_types") || lower.contains("invalid header")
                || lower.contains("not a valid") || lower.contains("no valid entries")) {
            return "this file is not a readable .xlsx workbook (" + firstMessage(e) + ")";
        }
        if (e instanceof SAXException || e instanceof POIXMLException) {
            return "the workbook is damaged: " + firstMessage(e);
        }
        return "the workbook cannot be read: " + firstMessage(e);
    }

    /** The messages of an exception and its causes, for recognising known failures. */
    private static String chain(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getMessage()).append(" | ");
        }
        return b.toString();
    }

    /** The first message in the chain, without the names of exception classes that wrap it. */
    private static String firstMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                m = Documents.firstLine(m).replaceAll("^([a-z]+\\.)+[A-Za-z]*(Exception|Error):\\s*", "");
                if (!m.isBlank()) {
                    return m;
                }
            }
        }
        return "unknown reason";
    }

    /** A part of the workbook unpacks to more than the limit allows. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Thrown through the SAX parser to stop reading a sheet. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of a row from the SAX events and hands whole rows to the sink. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableSink sink;
        private String[] cells = new String[32];
        private int width;
        private int nextColumn;
        private int rowNum;
        private boolean headerDone;
        /** Set by the watcher for a row marked hidden (by hand or by a filter). */
        boolean rowHidden;
        int hiddenRows;
        int firstHiddenRow;
        /** Columns marked hidden, and those of them that hold a value. */
        final java.util.BitSet hiddenColumns = new java.util.BitSet();
        final java.util.BitSet usedHiddenColumns = new java.util.BitSet();

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

        /** The 0-based column of a cell reference, or of the next cell when it has none. */
        int columnOf(String reference) {
            return reference == null ? nextColumn : column(reference);
        }

        /** The cell's value is not what it seems (see {@link SheetWatcher}): report it instead, as empty. */
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
        public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int col = reference == null ? nextColumn : column(reference);
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
                    throw new Stop();
                }
                if (rowNum == 0) {
                    return;
                }
            }
            if (!sink.row(rowNum + 1, cells, width)) {
                throw new Stop();
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
        private static int column(String reference) {
            int col = 0;
            int i = 0;
            for (; i < reference.length() && i < 4; i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    col = col * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return i == 0 ? -1 : col - 1;
        }
    }

    /**
     * Watches the sheet's XML on its way to POI's handler, for what that handler passes over: an error cell
     * ({@code #N/A}) is given as its error text, which the table reports; a formula without a saved result, and a
     * cell longer than the limit, are reported as unreadable (the long text is not even kept, so a hostile cell
     * cannot fill the memory); hidden rows and columns and merged cells are noted for warnings at the end.
     */
    private static final class SheetWatcher implements org.xml.sax.ContentHandler {
        private static final int LISTED = 20;
        private final org.xml.sax.ContentHandler poi;
        private final Rows rows;
        private final int maxChars;
        private String ref;
        private String type;
        private boolean formula;
        private boolean value;
        private boolean inText;
        private long chars;
        private final StringBuilder errorText = new StringBuilder();
        private final List<String> merged = new ArrayList<>();
        private int moreMerged;

        SheetWatcher(org.xml.sax.ContentHandler poi, Rows rows, int maxChars) {
            this.poi = poi;
            this.rows = rows;
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "c" -> {
                    ref = atts.getValue("r");
                    type = atts.getValue("t");
                    formula = false;
                    value = false;
                    chars = 0;
                    errorText.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    value = true;
                    inText = true;
                }
                case "is" -> value = true;
                case "row" -> {
                    String hidden = atts.getValue("hidden");
                    rows.rowHidden = "1".equals(hidden) || "true".equals(hidden);
                }
                case "col" -> {
                    String hidden = atts.getValue("hidden");
                    if ("1".equals(hidden) || "true".equals(hidden)) {
                        int min = number(atts.getValue("min"));
                        int max = Math.min(number(atts.getValue("max")), MAX_COLUMNS);
                        if (min >= 1 && max >= min) {
                            rows.hiddenColumns.set(min - 1, max);
                        }
                    }
                }
                case "mergeCell" -> {
                    String r = atts.getValue("ref");
                    if (r != null && merged.size() < LISTED) {
                        merged.add(r);
                    } else if (r != null) {
                        moreMerged++;
                    }
                }
                default -> {
                }
            }
            poi.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText) {
                chars += length;
                if ("e".equals(type) && errorText.length() < 32) {
                    errorText.append(ch, start, Math.min(length, 32));
                }
                if (chars > maxChars) {
                    return; // POI would keep it all: do not pass it on
                }
            } else if (formula && ref != null) {
                return; // a formula's text is never used; do not let POI pile it up
            }
            poi.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (inText && ("v".equals(localName) || "t".equals(localName))) {
                inText = false;
            }
            poi.endElement(uri, localName, qName);
            if ("c".equals(localName)) {
                int col = rows.columnOf(ref);
                if (chars > maxChars) {
                    rows.unreadable(col, "this cell holds more than " + Sizes.count(maxChars) + " characters ("
                            + Sizes.count(chars) + "); at most " + Sizes.count(maxChars) + " are accepted");
                } else if (formula && !value) {
                    rows.unreadable(col, "this cell holds a formula without a saved result (the program that wrote"
                            + " the file did not calculate it); open the file in Excel or LibreOffice and save it,"
                            + " or type the value");
                } else if ("e".equals(type)) {
                    rows.replace(col, errorText.toString().strip());
                }
                ref = null;
                type = null;
            }
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

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            poi.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            poi.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            poi.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            poi.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            poi.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            poi.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            poi.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            poi.skippedEntity(name);
        }
    }

    /** Formats numeric cells: a date-formatted cell as an ISO date, any other number plainly ({@code 4}, not {@code 4.0}). */
    static final class IsoFormatter extends DataFormatter {
        private final boolean date1904;

        IsoFormatter(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904 || date1904);
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
    }

    /** An input stream that fails with a plain message once more than {@code limit} bytes have been read. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private final String message;
        private long count;

        LimitedInputStream(InputStream in, long limit, String message) {
            super(in);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLarge(message);
            }
        }
    }
}
