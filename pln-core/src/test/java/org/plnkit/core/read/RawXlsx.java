package org.plnkit.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code .xlsx} packages from hand-written XML, for workbooks no well-behaved library would make: external
 * entities, error cells, formulas without results, hidden sheets. Each sheet is its XML {@code <sheetData>} and
 * whatever follows it (merged cells); the rest of the package is the smallest one Excel and POI accept. Entries
 * have a fixed time, so the same workbook gives the same bytes.
 *
 * <pre>{@code
 * byte[] xlsx = RawXlsx.builder().sheet("Connections", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
 *         .bytes();
 * }</pre>
 */
final class RawXlsx {
    private static final FileTime EPOCH = FileTime.fromMillis(1_700_000_000_000L);

    private final List<String[]> sheets = new ArrayList<>(); // name, state, rows, after, before
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private String sharedStrings;
    private String doctype = "";

    private RawXlsx() {
    }

    static RawXlsx builder() {
        return new RawXlsx();
    }

    /** A visible sheet whose {@code <sheetData>} holds {@code rows}. */
    RawXlsx sheet(String name, String rows) {
        return sheet(name, "visible", "", rows, "");
    }

    /**
     * A sheet with its state ({@code visible}, {@code hidden}, {@code veryHidden}), XML before {@code <sheetData>}
     * (such as {@code <cols>}), its rows, and XML after it (such as {@code <mergeCells>}).
     */
    RawXlsx sheet(String name, String state, String before, String rows, String after) {
        sheets.add(new String[] {name, state, rows, after, before});
        return this;
    }

    /** The shared strings, each {@code <si>} given as its text. */
    RawXlsx sharedStrings(String... strings) {
        StringBuilder b = new StringBuilder();
        for (String s : strings) {
            b.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        }
        sharedStrings = b.toString();
        return this;
    }

    /** A DOCTYPE put before the root element of every sheet and of the shared strings. */
    RawXlsx doctype(String doctype) {
        this.doctype = doctype;
        return this;
    }

    /** Replaces a part of the package by the given XML, as is (e.g. {@code xl/styles.xml}). */
    RawXlsx part(String name, String xml) {
        overrides.put(name, xml);
        return this;
    }

    byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://"
                + "schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/styles\" Target=\"styles.xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            String[] s = sheets.get(i);
            int n = i + 1;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(escape(s[0])).append("\" sheetId=\"").append(n).append('"')
                    .append("visible".equals(s[1]) ? "" : " state=\"" + s[1] + "\"").append(" r:id=\"rId").append(n)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n)
                    .append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + s[4] + "<sheetData>" + s[2] + "</sheetData>" + s[3] + "</worksheet>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdSS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings
                    + "</sst>");
        }
        types.append("</Types>");
        workbook.append("</sheets></workbook>");
        rels.append("</Relationships>");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString());
        all.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        all.put("xl/workbook.xml", workbook.toString());
        all.put("xl/_rels/workbook.xml.rels", rels.toString());
        all.put("xl/styles.xml", STYLES);
        all.putAll(parts);
        all.putAll(overrides);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : all.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(EPOCH);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    Path write(Path file) {
        try {
            Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A row of inline-string cells from column A; a null leaves the cell out. */
    static String row(int r, String... values) {
        StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                b.append(inline(col(i) + r, values[i]));
            }
        }
        return b.append("</row>").toString();
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
    }

    static String col(int i) {
        StringBuilder b = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\t', '\n', '\r' -> b.append("&#").append((int) c).append(';');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Styles with one date format ({@code s="1"}: yyyy-mm-dd) besides the default. */
    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
            + "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>";
}
