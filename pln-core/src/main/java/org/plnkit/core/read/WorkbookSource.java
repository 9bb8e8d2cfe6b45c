package org.plnkit.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.plnkit.core.problem.Arg;
import org.plnkit.core.problem.Place;
import org.plnkit.core.problem.ProblemCode;
import org.plnkit.core.problem.Reason;
import org.plnkit.core.problem.Problems;
import org.plnkit.core.read.internal.Text;
import org.plnkit.core.read.internal.InputFiles;
import org.xml.sax.SAXException;

/**
 * Reads the Participants and Connections sheets of an {@code .xlsx} cohort, one row in memory at a time, never
 * the workbook's user model, which needs gigabytes for a large cohort. The package (the zip, its content types and
 * relationships, the list of sheets) is opened by {@link XlsxPackage} when it has the plain shape spreadsheet
 * programs write, with POI's zip-bomb guards (minimum inflate ratio, maximum entry size) kept byte for byte, and
 * by POI's {@code OPCPackage} otherwise (anything unusual, hostile or broken: POI's own checks and problems, as
 * before). The sheets, the shared strings, the number formats and the workbook's settings are read by our own StAX
 * loop ({@link SheetXml}), which does much less work than POI's {@code XSSFSheetXMLHandler} and
 * {@code DataFormatter} and gives the same text; a sheet is unpacked ahead of the parser on a thread of its own
 * ({@link ReadAhead}). Each sheet and the shared strings are also bounded by this read's {@link Limits}, without
 * touching POI's global settings. Date cells come out as ISO dates whatever their number format, booleans as
 * TRUE/FALSE, numbers without a trailing {@code .0}. Only this class, {@link XlsxPackage} and {@link SheetXml}
 * touch POI, so that POI stays an optional dependency.
 */
final class WorkbookSource {
    static final String PARTICIPANTS = "Participants";
    static final String CONNECTIONS = "Connections";

    private WorkbookSource() {
    }

    /** Feeds the workbook's sheets to the assembler; problems with the file itself are recorded as fatal. */
    static void read(Path file, String name, CohortAssembler assembler, Limits limits, Problems problems) {
        Place whole = Place.file(name);
        try {
            if (!CsvSource.withinSize(file, whole, "the workbook", limits, problems)) {
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
            problems.error(whole, ProblemCode.CANNOT_READ, Arg.detail(Documents.firstLine(e.getMessage())));
            assembler.fatal();
            return;
        }
        OPCPackage pkg = null;
        XlsxPackage own = null;
        try {
            // the plain package that spreadsheet programs write is opened without POI; any other, by POI (#17)
            own = XlsxPackage.open(file, limits);
            if (own != null) {
                readOwn(own, name, assembler, limits, problems);
            } else {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                readPackage(pkg, name, assembler, limits, problems);
            }
        } catch (Stop e) {
            assembler.fatal();
        } catch (OLE2NotOfficeXmlFileException e) {
            problems.error(whole, "this workbook is in the old .xls format or protected by a password; "
                    + "save it as an Excel Workbook (.xlsx) without a password");
            assembler.fatal();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            problems.error(whole, reason(e, file));
            assembler.fatal();
        } catch (OutOfMemoryError e) {
            // a hostile workbook can claim a huge part; report it rather than fail the whole run
            problems.error(whole, "the workbook needs more memory than is available; it is too large to read");
            assembler.fatal();
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close without trying to save
            }
            if (own != null) {
                try {
                    own.close();
                } catch (IOException ignored) {
                    // read-only
                }
            }
        }
    }

    /** A part of the workbook, opened as often as it is read. */
    private interface Part {
        InputStream open() throws IOException;
    }

    /** The package as POI opened it (one that {@link XlsxPackage} left to POI). */
    private static void readPackage(OPCPackage pkg, String name, CohortAssembler assembler, Limits limits,
                                    Problems problems) throws IOException, OpenXML4JException {
        XSSFReader reader = new XSSFReader(pkg);
        Map<String, String> states = new HashMap<>();
        boolean date1904;
        try (InputStream in = reader.getWorkbookData()) {
            date1904 = SheetXml.workbookSettings(in, states);
        }
        SheetXml.Styles styles = styles(pkg);
        List<String> strings = sharedStrings(pkg, limits);
        Sheets sheets = new Sheets();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            PackagePart part = it.getSheetPart();
            sheets.add(it.getSheetName(), part::getInputStream, name, problems);
        }
        readSheets(sheets, states, styles, strings, date1904, name, assembler, limits, problems);
    }

    /** The package as {@link XlsxPackage} opened it: the same reading of the same parts. */
    private static void readOwn(XlsxPackage own, String name, CohortAssembler assembler, Limits limits,
                                Problems problems) throws IOException {
        Sheets sheets = new Sheets();
        for (XlsxPackage.Sheet s : own.sheets) {
            sheets.add(s.name(), () -> own.part(s.part()), name, problems);
        }
        readSheets(sheets, own.states, own.styles, own.strings, own.date1904, name, assembler, limits, problems);
    }

    /** The sheets as the workbook lists them: the two the reader takes, and the others. */
    private static final class Sheets {
        private Part participants;
        private Part connections;
        private String participantsName;
        private String connectionsName;
        private final List<String> names = new ArrayList<>();
        private final Map<String, Part> others = new java.util.LinkedHashMap<>();

        void add(String sheet, Part part, String name, Problems problems) {
            names.add(sheet);
            String key = sheet.strip().toLowerCase(Locale.ROOT);
            if (participants == null && key.equals("participants")) {
                participants = part;
                participantsName = sheet;
            } else if (connections == null && key.equals("connections")) {
                connections = part;
                connectionsName = sheet;
            } else if (key.equals("participants") || key.equals("connections")) {
                String first = key.equals("participants") ? participantsName : connectionsName;
                problems.warning(Place.file(name), ProblemCode.ANOTHER_SHEET, Arg.input(sheet), Arg.input(first));
            } else if (others.size() < 50) {
                others.put(sheet, part);
            }
        }
    }

    private static void readSheets(Sheets s, Map<String, String> states, SheetXml.Styles styles, List<String> strings,
                                   boolean date1904, String name, CohortAssembler assembler, Limits limits,
                                   Problems problems) throws IOException {
        String participantsName = s.participantsName;
        String connectionsName = s.connectionsName;
        for (String chosen : new String[] {participantsName, connectionsName}) {
            String state = chosen == null ? null : states.get(chosen);
            if (state != null && !state.equals("visible")) {
                problems.warning(Place.file(name), "the sheet " + chosen + " is hidden; it is read all the same");
            }
        }
        if (s.connections == null) {
            problems.error(Place.file(name), ProblemCode.NO_CONNECTIONS_SHEET, Arg.inputs(s.names));
            unreadLookalikes(s, name, styles, strings, limits, problems);   // "My connections": rename it (#7)
            assembler.fatal();
            return;
        }
        if (s.participants == null) {
            problems.warning(Place.file(name), "the workbook has no sheet named Participants; participants are "
                    + "taken from Connections, with their ids as names");
        } else {
            TableSink.Places pp = places(name, participantsName);
            sheet(s.participants, participantsName, assembler.participants(name, Optional.of(participantsName), pp),
                    pp, styles, strings, date1904, limits, problems);
        }
        unreadLookalikes(s, name, styles, strings, limits, problems);
        otherTaxonomy(s, name, styles, strings, assembler.taxonomy(), limits, problems);
        TableSink.Places cp = places(name, connectionsName);
        sheet(s.connections, connectionsName, assembler.connections(name, Optional.of(connectionsName), cp), cp,
                styles, strings, date1904, limits, problems);
    }

    /**
     * Sheets under other names ("Connections (2)", "Copy of Participants", "Sheet1") whose first row carries the
     * contract's column names: their rows would be dropped without a word, so say so and how to include them.
     */
    private static void unreadLookalikes(Sheets s, String name, SheetXml.Styles styles,
                                         List<String> strings, Limits limits, Problems problems) {
        for (Map.Entry<String, Part> e : s.others.entrySet()) {
            List<String> header;
            try {
                header = firstRow(e.getValue(), styles, strings, limits);
            } catch (IOException | RuntimeException ex) {
                continue; // a sheet that is not read anyway; its own problems do not matter here
            }
            boolean connections = header.contains("participant_id") && header.contains("connection_name");
            boolean participants = !connections && header.contains("participant_id")
                    && (header.contains("name") || header.contains("school") || header.contains("role"));
            if (connections || participants) {
                String target = connections ? CONNECTIONS : PARTICIPANTS;
                // a renamed sheet (no sheet of the contract's name): the fix is to rename it, not to copy its rows
                boolean renamed = (connections ? s.connections : s.participants) == null;
                // the sheet's name is the user's own words (it may name someone): an input value, redacted by kind
                problems.warning(Place.file(name), renamed ? ProblemCode.WORKBOOK_RENAMED_SHEET
                        : ProblemCode.WORKBOOK_LOOKALIKE_SHEET, Arg.input(e.getKey()), Arg.word(target),
                        Arg.word(target));
            }
        }
    }

    /**
     * An organizer written by {@code pln template --taxonomy district.yaml} keeps its category labels on its hidden
     * Lists sheet (column Categories). When some of them are not categories of the taxonomy in use, the workbook was
     * made for other categories and every row would be refused one by one: say once which taxonomy to give (#7).
     */
    private static void otherTaxonomy(Sheets s, String name, SheetXml.Styles styles, List<String> strings,
                                      org.plnkit.core.model.Taxonomy taxonomy, Limits limits, Problems problems) {
        Part lists = null;
        for (Map.Entry<String, Part> e : s.others.entrySet()) {
            if (e.getKey().equals("Lists")) {
                lists = e.getValue();
            }
        }
        if (lists == null) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        try {
            List<List<String>> rows = firstRows(lists, styles, strings, limits, 200);
            if (rows.isEmpty() || rows.get(0).isEmpty() || !Text.headerKey(rows.get(0).get(0)).equals("categories")) {
                return;   // not the template's Lists sheet
            }
            for (List<String> row : rows.subList(1, rows.size())) {
                if (!row.isEmpty() && !Text.isBlank(row.get(0)) && taxonomy.resolve(row.get(0)).isEmpty()) {
                    unknown.add(row.get(0).strip());
                }
            }
        } catch (IOException | RuntimeException ex) {
            return;   // a sheet that is not read anyway
        }
        if (!unknown.isEmpty()) {
            problems.warning(Place.file(name), ProblemCode.ORGANIZER_OTHER_TAXONOMY, Arg.inputs(unknown));
        }
    }

    /** The cells of a sheet's first rows, as written (at most {@code max} rows of 64 cells). */
    private static List<List<String>> firstRows(Part part, SheetXml.Styles styles, List<String> strings,
                                                Limits limits, int max) throws IOException {
        final class Done extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Done() {
                super(null, null, false, false);
            }
        }
        List<List<String>> out = new ArrayList<>();
        TableSink sink = new TableSink() {
            @Override
            public boolean header(int row, String[] values, int width) {
                return row(row, values, width);
            }

            @Override
            public boolean row(int row, String[] values, int width) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width && i < 64; i++) {
                    cells.add(values[i] == null ? "" : values[i]);
                }
                out.add(cells);
                if (out.size() >= max) {
                    throw new Done();
                }
                return true;
            }
        };
        try (InputStream in = new LimitedInputStream(part.open(), limits.maxUnpackedBytes(),
                Reason.text("the sheet is too large"))) {
            new SheetXml.Sheet(styles, strings, false, new SheetXml.Rows(sink), limits.maxScalarChars()).parse(in);
        } catch (Done d) {
            // enough rows are read
        }
        return out;
    }

    /** The first row's cells as header keys (at most 64 cells; nothing past the first row is read). */
    private static List<String> firstRow(Part part, SheetXml.Styles styles, List<String> strings,
                                         Limits limits) throws IOException {
        final class Done extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Done() {
                super(null, null, false, false);
            }
        }
        List<String> cells = new ArrayList<>();
        TableSink first = new TableSink() {
            @Override
            public boolean header(int row, String[] values, int width) {
                for (int i = 0; i < width && cells.size() < 64; i++) {
                    if (values[i] != null) {
                        cells.add(Text.headerKey(values[i]));   // "Participant ID" = participant_id
                    }
                }
                throw new Done();
            }

            @Override
            public boolean row(int row, String[] values, int width) {
                throw new Done();
            }
        };
        SheetXml.Rows rows = new SheetXml.Rows(first);
        try (InputStream in = new LimitedInputStream(part.open(), limits.maxUnpackedBytes(),
                Reason.text("the sheet is too large"))) {
            new SheetXml.Sheet(styles, strings, false, rows, limits.maxScalarChars()).parse(in);
        } catch (Done d) {
            // the first row is read
        }
        return cells;
    }

    private static void sheet(Part part, String sheetName, TableSink sink, TableSink.Places places,
                              SheetXml.Styles styles, List<String> strings, boolean date1904, Limits limits,
                              Problems problems) throws IOException {
        // the rows are checked and built into the model on a thread of their own while the XML is parsed (#17)
        TableSink pipe = PipelinedSink.of(sink);
        SheetXml.Rows rows = new SheetXml.Rows(pipe);
        SheetXml.Sheet parser = new SheetXml.Sheet(styles, strings, date1904, rows, limits.maxScalarChars());
        try {
            // unpacked on a thread of its own, ahead of the parser, with the same guards at the same bytes (#17)
            try {
                parser.parse(() -> ReadAhead.of(new LimitedInputStream(part.open(), limits.maxUnpackedBytes(),
                        Reason.of(ProblemCode.SHEET_UNPACKS_LIMIT, Arg.word(sheetName),
                                Arg.number(Sizes.mb(limits.maxUnpackedBytes())),
                                Arg.number(Limit.UNPACKED_SIZE.amount(limits.maxUnpackedBytes()))))));
            } catch (Stop e) {
                // the sink asked to stop; it has recorded why
                PipelinedSink.finish(pipe);
                return;
            }
            rows.finish();
        } catch (IOException | RuntimeException e) {
            // the rows before the failure are taken first, as when read on one thread; past a stop it does not count
            PipelinedSink.finish(pipe);
            if (PipelinedSink.stopped(pipe)) {
                return;
            }
            throw e;
        }
        PipelinedSink.finish(pipe);
        if (PipelinedSink.stopped(pipe)) {
            return; // the sink stopped the table on a row the parser had already passed
        }
        parser.report(places, problems);
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

    /** The number formats of the cell styles; null when the workbook has no styles part. */
    private static SheetXml.Styles styles(OPCPackage pkg) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return SheetXml.Styles.read(in);
        }
    }

    /** The shared strings, refused when they unpack to more than the limit (they are held in memory). */
    private static List<String> sharedStrings(OPCPackage pkg, Limits limits) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        return sharedStrings(parts.get(0).getInputStream(), limits);
    }

    /** The shared strings from their part's stream (closed here), refused past the limit. */
    static List<String> sharedStrings(InputStream part, Limits limits) throws IOException {
        try (InputStream in = new LimitedInputStream(part, limits.maxSharedStringsBytes(),
                Reason.of(ProblemCode.UNPACKED_SIZE_LIMIT, Arg.word("the workbook's shared strings unpack to more"
                        + " than " + Sizes.mb(limits.maxSharedStringsBytes()) + ", so the workbook is not read"),
                        Arg.number(Limit.UNPACKED_SIZE.amount(limits.maxSharedStringsBytes()))))) {
            return SheetXml.sharedStrings(in);
        }
    }

    /**
     * {@link #explain(Throwable)}, knowing the file: what it is when it is not a workbook at all (an OpenDocument
     * spreadsheet renamed, a file cut short), in one plain sentence with what to do, never the library's text.
     */
    static Reason explain(Throwable e, Path file) {
        String all = chain(e).toLowerCase(Locale.ROOT);
        if (all.contains("strict ooxml")) {
            return Reason.of(ProblemCode.WORKBOOK_STRICT_XML);
        }
        String kind = zipKind(file);
        if (kind.equals("ods")) {
            return Reason.of(ProblemCode.WORKBOOK_IS_ODS);
        }
        if (kind.equals("broken")) {
            return Reason.of(ProblemCode.WORKBOOK_INCOMPLETE);
        }
        if (all.contains("failed to find sheet package") || all.contains("no part") || all.contains("missing")) {
            return Reason.of(ProblemCode.WORKBOOK_SHEET_PART_MISSING);
        }
        if (all.contains("doctype") || all.contains("zip bomb") || all.contains("unpacks to")) {
            return explain(e);
        }
        if (kind.equals("other zip")) {
            return Reason.of(ProblemCode.WORKBOOK_OTHER_ZIP);
        }
        Reason plain = explain(e);
        return switch (plain.code()) {
            case WORKBOOK_NOT_READABLE_DETAIL -> Reason.of(ProblemCode.WORKBOOK_NOT_READABLE);
            case WORKBOOK_DAMAGED_DETAIL, WORKBOOK_CANNOT_READ_DETAIL -> Reason.of(ProblemCode.WORKBOOK_DAMAGED);
            default -> plain;
        };
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

    /** What went wrong, as a coded reason; the library's own words, where they are shown, are a hidden detail. */
    static Reason explain(Throwable e) {
        String all = chain(e);
        String lower = all.toLowerCase(Locale.ROOT);
        if (lower.contains("doctype")) {
            return Reason.of(ProblemCode.WORKBOOK_DOCTYPE);
        }
        if (lower.contains("zip bomb")) {
            return Reason.of(ProblemCode.WORKBOOK_ZIP_BOMB);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge tl) {
                return tl.reason();
            }
        }
        if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                || e instanceof org.apache.poi.UnsupportedFileFormatException
                || lower.contains("zip") || lower.contains("content_types") || lower.contains("invalid header")
                || lower.contains("not a valid") || lower.contains("no valid entries")) {
            return Reason.of(ProblemCode.WORKBOOK_NOT_READABLE_DETAIL, Arg.detail(firstMessage(e)));
        }
        if (e instanceof SheetXml.Damaged || e instanceof SAXException || e instanceof POIXMLException) {
            return Reason.of(ProblemCode.WORKBOOK_DAMAGED_DETAIL, Arg.detail(firstMessage(e)));
        }
        return Reason.of(ProblemCode.WORKBOOK_CANNOT_READ_DETAIL, Arg.detail(firstMessage(e)));
    }

    /** A part unpacked to more than its limit (a coded problem of {@link Limit#UNPACKED_SIZE}), else as explained. */
    private static Reason reason(Exception e, Path file) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge tl) {
                return tl.reason();
            }
        }
        return explain(e, file);
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

        private final transient Reason reason;

        TooLarge(Reason reason) {
            super(reason.message());
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    /** Thrown through the SAX parser to stop reading a sheet. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** An input stream that fails with a plain message once more than {@code limit} bytes have been read. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private final Reason message;
        private long count;

        LimitedInputStream(InputStream in, long limit, Reason message) {
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
