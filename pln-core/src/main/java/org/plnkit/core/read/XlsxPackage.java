package org.plnkit.core.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cohort workbook's package opened without POI's {@code OPCPackage}, whose class loading (openxml4j,
 * commons-compress, the JDK's DOM, log4j) cost a fresh JVM about half a second of a cohort read before the first
 * row (#17). It reads the zip's central directory itself and the parts with the JDK's {@link Inflater}, exactly as
 * POI reads them (commons-compress's {@code ZipFile}: the same 512-byte inflater fills over the same bytes), and
 * keeps POI's guards on every part: the zip-bomb ratio (a part may not unpack to more than 100 times its packed
 * bytes once past 100 KB) and the largest entry (4 GB), checked after each read as POI's
 * {@code ZipArchiveThresholdInputStream} checks them, with "Zip bomb detected" in the message as POI words it, so
 * that a sheet that is a zip bomb stops at the same byte with the same problem.
 *
 * <p>It is only taken for a package of the plain shape that spreadsheet programs write, where it is sure to find
 * what POI finds: {@link #open} returns null, and POI opens the workbook as before (with its own problems and
 * messages), whenever anything is out of that shape: a zip that the JDK's {@code ZipFile} and this reading of the
 * directory do not see alike, zip64, encryption, a method other than stored or deflated, more than 1,000 entries
 * (POI's limit), a directory entry, two entries whose names differ only in case, a name outside plain ASCII
 * letters, digits and {@code _-.[]}, a part without a content type, more than one workbook, styles, shared-strings
 * or core-properties part, a relationship or content type that is not plain, core properties that POI's rules
 * (M4.1–M4.5) might refuse, a DOCTYPE in any part read here, a sheet of any kind but a worksheet (a chart,
 * dialog or macro sheet, which POI lists with the worksheets), a Strict Open XML or macro-enabled workbook, or any
 * failure while the styles and shared strings are read (a zip bomb, a part too large, a damaged part). Nothing is
 * recorded as a problem before the first row is read, so giving the workbook to POI changes nothing.
 */
final class XlsxPackage implements Closeable {
    static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final String TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String OFFICE_DOCUMENT = REL + "officeDocument";
    private static final String WORKSHEET_REL = REL + "worksheet";
    private static final String CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Set<String> CORE_ELEMENTS = Set.of(CORE_NS + " category", CORE_NS + " contentStatus",
            CORE_NS + " contentType", CORE_NS + " keywords", CORE_NS + " lastModifiedBy", CORE_NS + " version",
            DC + " creator", DC + " description", DC + " identifier", DC + " language", DC + " subject", DC + " title",
            DCTERMS + " created", DCTERMS + " modified");
    private static final Pattern W3CDTF = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    /** A part name whose every segment POI takes as it is: plain ASCII, not ending in a dot. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9_.\\[\\]-]*[A-Za-z0-9_\\[\\]-]/)*"
            + "[A-Za-z0-9_.\\[\\]-]*[A-Za-z0-9_\\[\\]-]");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+");
    /** The content types looked for: one written in another case would be compared by POI's rules, not here. */
    private static final List<String> KNOWN_TYPES = List.of(WORKBOOK, WORKSHEET, STYLES, SHARED_STRINGS, CORE);
    /** POI's {@code ZipSecureFile} defaults, which the reader never changes. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long GRACE_ENTRY_SIZE = 100 * 1024L;
    static final long MAX_ENTRY_SIZE = 0xFFFFFFFFL;
    static final int MAX_FILE_COUNT = 1000;

    /**
     * Whether the plain package is opened here (else always by POI, as before); {@code -Dpln.read.ownZip=false}
     * turns it off. Set only by tests otherwise (which compare both ways on the same files).
     */
    static volatile boolean enabled = !"false".equals(System.getProperty("pln.read.ownZip"));

    /** One entry of the zip: where its data starts, how it is packed. */
    private record Entry(String name, int method, long start, long packed, long size) {
    }

    /** A sheet of the workbook, in the workbook's order: its name and its part. */
    record Sheet(String name, String part) {
    }

    /** POI's largest entry; a field so that a test can check the guard without unpacking 4 GB. */
    long maxEntrySize = MAX_ENTRY_SIZE;
    private final FileChannel channel;
    private final Map<String, Entry> entries;
    /** The workbook's settings and parts, as {@link WorkbookSource} reads them from POI. */
    boolean date1904;
    final Map<String, String> states = new HashMap<>();
    SheetXml.Styles styles;
    List<String> strings;
    final List<Sheet> sheets = new ArrayList<>();

    private XlsxPackage(FileChannel channel, Map<String, Entry> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    /**
     * The package with its settings, styles, shared strings and list of sheets read, or null when POI is to open
     * it (see the class comment). Never throws and records nothing.
     */
    static XlsxPackage open(Path file, Limits limits) {
        if (!enabled) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            Map<String, Entry> entries = directory(channel);
            if (entries == null || !sameAsTheJdk(file, entries)) {
                channel.close();
                return null;
            }
            XlsxPackage p = new XlsxPackage(channel, entries);
            if (!p.prepare(limits)) {
                p.close();
                return null;
            }
            return p;
        } catch (IOException | RuntimeException | XMLStreamException | StackOverflowError | OutOfMemoryError e) {
            // anything unexpected: POI opens the workbook and reports what it finds
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // read-only
                }
            }
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A part's bytes, unpacked and guarded as POI guards them; the part must exist. */
    InputStream part(String name) throws IOException {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IOException("no part " + name);
        }
        InputStream raw = new BufferedInputStream(new Raw(channel, e.start, e.packed));
        Counted counted = e.method == 0 ? new Stored(raw) : new Inflated(raw);
        return new Guarded(counted, name, maxEntrySize);
    }

    // ------------------------------------------------------------------------------------------ the zip

    /** The zip's entries by name from its central directory; null when anything is not as plain zips have it. */
    private static Map<String, Entry> directory(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size < 22) {
            return null;
        }
        int tail = (int) Math.min(size, 22 + 65_535);
        ByteBuffer end = read(ch, size - tail, tail);
        int eocd = -1;
        for (int i = tail - 22; i >= 0; i--) {
            if (end.getInt(i) == 0x06054b50 && i + 22 + Short.toUnsignedInt(end.getShort(i + 20)) == tail) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0 || (eocd >= 20 && end.getInt(eocd - 20) == 0x07064b50)) {
            return null; // no end record, or zip64
        }
        int disk = Short.toUnsignedInt(end.getShort(eocd + 4));
        int cdDisk = Short.toUnsignedInt(end.getShort(eocd + 6));
        int onDisk = Short.toUnsignedInt(end.getShort(eocd + 8));
        int count = Short.toUnsignedInt(end.getShort(eocd + 10));
        long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
        long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
        long eocdAt = size - tail + eocd;
        if (disk != 0 || cdDisk != 0 || onDisk != count || count == 0 || count > MAX_FILE_COUNT
                || cdOffset + cdSize != eocdAt) {
            return null;
        }
        ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
        Map<String, Entry> entries = new HashMap<>();
        Set<String> folded = new HashSet<>();
        int at = 0;
        for (int n = 0; n < count; n++) {
            if (at + 46 > cdSize || cd.getInt(at) != 0x02014b50) {
                return null;
            }
            int flags = Short.toUnsignedInt(cd.getShort(at + 8));
            int method = Short.toUnsignedInt(cd.getShort(at + 10));
            long packed = Integer.toUnsignedLong(cd.getInt(at + 20));
            long unpacked = Integer.toUnsignedLong(cd.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
            int extra = Short.toUnsignedInt(cd.getShort(at + 30));
            int comment = Short.toUnsignedInt(cd.getShort(at + 32));
            int startDisk = Short.toUnsignedInt(cd.getShort(at + 34));
            long local = Integer.toUnsignedLong(cd.getInt(at + 42));
            if (at + 46 + nameLength + extra + comment > cdSize) {
                return null;
            }
            byte[] nameBytes = new byte[nameLength];
            cd.get(at + 46, nameBytes);
            String name = new String(nameBytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            at += 46 + nameLength + extra + comment;
            if ((flags & 0x41) != 0 || (method != 0 && method != 8) || startDisk != 0 || packed == 0xFFFFFFFFL
                    || unpacked == 0xFFFFFFFFL || local == 0xFFFFFFFFL || (method == 0 && packed != unpacked)
                    || !(name.equals("[Content_Types].xml") || NAME.matcher(name).matches())
                    || !folded.add(name.toLowerCase(Locale.ROOT))) {
                return null;
            }
            ByteBuffer head = read(ch, local, 30);
            if (head.getInt(0) != 0x04034b50) {
                return null;
            }
            long start = local + 30 + Short.toUnsignedInt(head.getShort(26)) + Short.toUnsignedInt(head.getShort(28));
            if (start + packed > cdOffset) {
                return null;
            }
            entries.put(name, new Entry(name, method, start, packed, unpacked));
        }
        return at == cdSize ? entries : null;
    }

    /** Whether the JDK's zip reader sees the same entries, the same way packed (two readings of one directory). */
    private static boolean sameAsTheJdk(Path file, Map<String, Entry> entries) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            if (z.size() != entries.size()) {
                return false;
            }
            for (Entry e : entries.values()) {
                java.util.zip.ZipEntry j = z.getEntry(e.name);
                if (j == null || j.isDirectory() || j.getMethod() != e.method || j.getCompressedSize() != e.packed
                        || j.getSize() != e.size) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("the zip is shorter than its directory says");
            }
        }
        return b.flip();
    }

    // ------------------------------------------------------------------------------------------ the package

    /** Reads the content types, relationships, core properties, workbook, styles and shared strings. */
    private boolean prepare(Limits limits) throws IOException, XMLStreamException {
        Entry typesEntry = entries.get("[Content_Types].xml");
        if (typesEntry == null) {
            return false;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        if (!contentTypes(defaults, overrides)) {
            return false;
        }
        Map<String, String> types = new HashMap<>();
        String core = null;
        String stylesPart = null;
        String stringsPart = null;
        for (String name : entries.keySet()) {
            if (name.equals("[Content_Types].xml")) {
                continue;
            }
            String type = overrides.get("/" + name.toLowerCase(Locale.ROOT));
            if (type == null) {
                int dot = name.lastIndexOf('.');
                type = dot < 0 || dot < name.lastIndexOf('/') ? null
                        : defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            }
            if (type == null) {
                return false; // POI refuses a part without a content type
            }
            types.put(name, type);
            switch (type) {
                case CORE -> {
                    if (core != null) {
                        return false;
                    }
                    core = name;
                }
                case STYLES -> {
                    if (stylesPart != null) {
                        return false;
                    }
                    stylesPart = name;
                }
                case SHARED_STRINGS -> {
                    if (stringsPart != null) {
                        return false;
                    }
                    stringsPart = name;
                }
                default -> {
                }
            }
        }
        Map<String, Map<String, String[]>> rels = new HashMap<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".rels")) {
                int slash = name.lastIndexOf('/');
                String folder = slash < 0 ? "" : name.substring(0, slash);
                String source = folder.equals("_rels") ? ""
                        : folder.endsWith("/_rels") ? folder.substring(0, folder.length() - "_rels".length())
                                + name.substring(slash + 1, name.length() - ".rels".length()) : null;
                if (source == null || (!source.isEmpty() && !entries.containsKey(source))) {
                    return false;
                }
                Map<String, String[]> r = relationships(name);
                if (r == null) {
                    return false;
                }
                rels.put(source, r);
            }
        }
        if (core != null && !coreProperties(core)) {
            return false;
        }
        String workbook = null;
        for (String[] r : rels.getOrDefault("", Map.of()).values()) {
            if (r[0].equals(OFFICE_DOCUMENT)) {
                if (workbook != null || r[2] != null) {
                    return false;
                }
                workbook = target("", r[1]);
            }
        }
        if (workbook == null || !WORKBOOK.equals(types.get(workbook))) {
            return false; // no workbook, a macro-enabled one or a Strict Open XML one: POI's words for it
        }
        Map<String, String[]> bookRels = rels.getOrDefault(workbook, Map.of());
        for (String[] r : bookRels.values()) {
            // POI lists chart, dialog and macro sheets with the worksheets: such a workbook is POI's to open
            boolean sheet = r[0].toLowerCase(Locale.ROOT).contains("sheet") && !r[0].equals(REL + "sharedStrings");
            if (sheet && (!r[0].equals(WORKSHEET_REL) || r[2] != null)) {
                return false;
            }
        }
        List<String[]> refs = new ArrayList<>();
        try (InputStream in = part(workbook)) {
            if (!sheetRefs(in, refs)) {
                return false;
            }
        }
        for (String[] ref : refs) {
            String[] r = bookRels.get(ref[1]);
            if (r == null || !r[0].equals(WORKSHEET_REL)) {
                return false;
            }
            String part = target(workbook, r[1]);
            if (part == null || !WORKSHEET.equals(types.get(part))) {
                return false;
            }
            sheets.add(new Sheet(ref[0], part));
        }
        try (InputStream in = part(workbook)) {
            date1904 = SheetXml.workbookSettings(in, states);
        }
        if (stylesPart != null) {
            try (InputStream in = part(stylesPart)) {
                styles = SheetXml.Styles.read(in);
            }
        }
        if (stringsPart != null) {
            strings = WorkbookSource.sharedStrings(part(stringsPart), limits);
        }
        return true;
    }

    /** Reads [Content_Types].xml; false when it is not plain. */
    private boolean contentTypes(Map<String, String> defaults, Map<String, String> overrides)
            throws IOException, XMLStreamException {
        return plainList("[Content_Types].xml", TYPES_NS, "Types", (local, r) -> {
            String type = r.getAttributeValue(null, "ContentType");
            if (type == null || !CONTENT_TYPE.matcher(type).matches()
                    || KNOWN_TYPES.stream().anyMatch(k -> k.equalsIgnoreCase(type) && !k.equals(type))) {
                return false;
            }
            if (local.equals("Default")) {
                String ext = r.getAttributeValue(null, "Extension");
                return ext != null && ext.matches("[A-Za-z0-9]+")
                        && defaults.put(ext.toLowerCase(Locale.ROOT), type) == null;
            }
            if (local.equals("Override")) {
                String part = r.getAttributeValue(null, "PartName");
                return part != null && part.startsWith("/") && NAME.matcher(part.substring(1)).matches()
                        && overrides.put(part.toLowerCase(Locale.ROOT), type) == null;
            }
            return false;
        });
    }

    /** A relationships part by id: {type, target, "External" or null}; null when it is not plain. */
    private Map<String, String[]> relationships(String name) throws IOException, XMLStreamException {
        Map<String, String[]> rels = new HashMap<>();
        boolean plain = plainList(name, RELS_NS, "Relationships", (local, r) -> {
            String id = r.getAttributeValue(null, "Id");
            String type = r.getAttributeValue(null, "Type");
            String target = r.getAttributeValue(null, "Target");
            String mode = r.getAttributeValue(null, "TargetMode");
            return local.equals("Relationship") && id != null && type != null && target != null
                    && (mode == null || mode.equals("External") || mode.equals("Internal"))
                    && rels.put(id, new String[] {type, target, "External".equals(mode) ? mode : null}) == null;
        });
        return plain ? rels : null;
    }

    /** One element of a plain list part, the reader on its start: false when it is not plain. */
    private interface ListItem {
        boolean take(String local, XMLStreamReader r) throws XMLStreamException;
    }

    /**
     * Walks a part of the shape of [Content_Types].xml and the relationships parts: one root element {@code root}
     * holding only elements without children, all in the namespace {@code ns}, each given to {@code item}; false
     * when the part has another shape, a DTD or an entity reference, or when {@code item} refuses an element.
     */
    private boolean plainList(String name, String ns, String root, ListItem item)
            throws IOException, XMLStreamException {
        try (InputStream in = part(name)) {
            XMLStreamReader r = SheetXml.open(in);
            try {
                int depth = 0;
                while (r.hasNext()) {
                    int e = r.next();
                    if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                        return false;
                    }
                    if (e == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    depth++;
                    if (!ns.equals(r.getNamespaceURI())) {
                        return false;
                    }
                    if (depth == 1) {
                        if (!r.getLocalName().equals(root)) {
                            return false;
                        }
                    } else if (depth != 2 || !item.take(r.getLocalName(), r)) {
                        return false;
                    }
                }
                return true;
            } finally {
                r.close();
            }
        }
    }

    /** The part a relationship of {@code source} points to, when it is a plain path to a part of the zip. */
    private String target(String source, String target) {
        String path;
        if (target.startsWith("/")) {
            path = target.substring(1);
        } else {
            int slash = source.lastIndexOf('/');
            path = (slash < 0 ? "" : source.substring(0, slash + 1)) + target;
        }
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.remove(segments.size() - 1);
            } else if (!s.equals(".")) {
                segments.add(s);
            }
        }
        String part = String.join("/", segments);
        return NAME.matcher(part).matches() && entries.containsKey(part) ? part : null;
    }

    /** Whether the core properties are such that POI's unmarshaller takes them (a narrower rule than POI's). */
    private boolean coreProperties(String name) throws IOException, XMLStreamException {
        Set<String> seen = new HashSet<>();
        try (InputStream in = part(name)) {
            XMLStreamReader r = SheetXml.open(in);
            try {
                int depth = 0;
                String element = null;
                StringBuilder text = new StringBuilder();
                while (r.hasNext()) {
                    int e = r.next();
                    switch (e) {
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
                            return false;
                        }
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            for (int i = 0; i < r.getNamespaceCount(); i++) {
                                String uri = r.getNamespaceURI(i);
                                if (uri == null || uri.contains("markup-compatibility")) {
                                    return false;
                                }
                            }
                            String key = r.getNamespaceURI() + " " + r.getLocalName();
                            if (depth == 1) {
                                if (!key.equals(CORE_NS + " coreProperties") || r.getAttributeCount() != 0) {
                                    return false;
                                }
                                continue;
                            }
                            if (depth != 2 || !CORE_ELEMENTS.contains(key) || !seen.add(key)) {
                                return false;
                            }
                            boolean date = key.startsWith(DCTERMS);
                            if (r.getAttributeCount() != (date ? 1 : 0) || (date
                                    && !(XSI.equals(r.getAttributeNamespace(0))
                                    && r.getAttributeLocalName(0).equals("type")
                                    && r.getAttributeValue(0).equals("dcterms:W3CDTF")
                                    && DCTERMS.equals(r.getNamespaceContext().getNamespaceURI("dcterms"))))) {
                                return false;
                            }
                            element = key;
                            text.setLength(0);
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (depth == 2) {
                                text.append(r.getText());
                            } else if (!r.isWhiteSpace()) {
                                return false;
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            if (depth == 2 && element != null && element.startsWith(DCTERMS)
                                    && !W3CDTF.matcher(text).matches()) {
                                return false;
                            }
                            depth--;
                            element = null;
                        }
                        default -> {
                        }
                    }
                }
                return true;
            } finally {
                r.close();
            }
        }
    }

    /**
     * The workbook's sheets (name, relationship id) in order, as POI's {@code XSSFReader} lists them; false when
     * an element or attribute would make POI's list differ from this one (POI matches "sheet", "name" and "id" in
     * any case and any namespace).
     */
    private static boolean sheetRefs(InputStream in, List<String[]> refs) throws IOException, XMLStreamException {
        XMLStreamReader r = SheetXml.open(in);
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                    return false;
                }
                if (e != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equalsIgnoreCase("sheet")) {
                    continue;
                }
                if (!r.getLocalName().equals("sheet") || !SheetXml.NS.equals(r.getNamespaceURI())) {
                    return false;
                }
                String name = null;
                String id = null;
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String local = r.getAttributeLocalName(i);
                    String ns = r.getAttributeNamespace(i); // null or "" without a prefix, by parser
                    if (local.equalsIgnoreCase("name")) {
                        if (name != null || !local.equals("name") || (ns != null && !ns.isEmpty())) {
                            return false;
                        }
                        name = r.getAttributeValue(i);
                    } else if (local.equalsIgnoreCase("id")) {
                        if (id != null || !local.equals("id") || !REL.substring(0, REL.length() - 1).equals(ns)) {
                            return false;
                        }
                        id = r.getAttributeValue(i);
                    }
                }
                if (name == null || id == null) {
                    return false;
                }
                refs.add(new String[] {name, id});
            }
            return true;
        } finally {
            r.close();
        }
    }

    // ------------------------------------------------------------------------------------------ the streams

    /** A part's packed bytes, read straight from the file as commons-compress reads them. */
    private static final class Raw extends InputStream {
        private final FileChannel channel;
        private long at;
        private final long end;

        Raw(FileChannel channel, long start, long length) {
            this.channel = channel;
            this.at = start;
            this.end = start + length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= end) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
            if (n > 0) {
                at += n;
            }
            return n;
        }
    }

    /** A part's stream that counts what it has read packed and unpacked, for the guards. */
    private interface Counted {
        long packed();

        long unpacked();

        InputStream stream();
    }

    /** A stored part: as many bytes packed as unpacked. */
    private static final class Stored extends FilterInputStream implements Counted {
        private long count;

        Stored(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long packed() {
            return count;
        }

        @Override
        public long unpacked() {
            return count;
        }

        @Override
        public InputStream stream() {
            return this;
        }
    }

    /**
     * A deflated part, inflated as commons-compress's {@code ZipFile} inflates it (the raw bytes and one zero byte
     * after them, 512-byte fills, each fill counted as packed bytes, the unpacked bytes counted in both reads).
     */
    private static final class Inflated extends InflaterInputStream implements Counted {
        private long packedCount;
        private long unpackedCount;

        Inflated(InputStream raw) {
            super(new SequenceInputStream(raw, new ByteArrayInputStream(new byte[1])), new Inflater(true));
        }

        @Override
        protected void fill() throws IOException {
            super.fill();
            packedCount += inf.getRemaining();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b > -1) {
                unpackedCount++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > -1) {
                unpackedCount += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }

        @Override
        public long packed() {
            return packedCount;
        }

        @Override
        public long unpacked() {
            return unpackedCount;
        }

        @Override
        public InputStream stream() {
            return this;
        }
    }

    /** POI's zip-bomb guards, checked after every read as POI checks them. */
    private static final class Guarded extends FilterInputStream {
        private final Counted counted;
        private final String entry;
        private final long maxEntrySize;

        Guarded(Counted counted, String entry, long maxEntrySize) {
            super(counted.stream());
            this.counted = counted;
            this.entry = entry;
            this.maxEntrySize = maxEntrySize;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b > -1) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > -1) {
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long done = in.skip(n);
            if (done > 0) {
                check();
            }
            return done;
        }

        private void check() throws IOException {
            long unpacked = counted.unpacked();
            long packed = counted.packed();
            if (unpacked > maxEntrySize) {
                throw new IOException(String.format(Locale.ROOT, "Zip bomb detected! The part %s unpacks to more than"
                        + " %d bytes (%d unpacked from %d)", entry, maxEntrySize, unpacked, packed));
            }
            if (unpacked <= GRACE_ENTRY_SIZE || packed / (double) unpacked >= MIN_INFLATE_RATIO) {
                return;
            }
            throw new IOException(String.format(Locale.ROOT, "Zip bomb detected! The part %s unpacks to more than"
                    + " %.0f times its packed size (%d bytes from %d)", entry, 1 / MIN_INFLATE_RATIO, unpacked,
                    packed));
        }
    }
}
