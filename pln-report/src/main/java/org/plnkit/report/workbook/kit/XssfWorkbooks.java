package org.plnkit.report.workbook.kit;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.plnkit.report.io.ByteBlocks;
import org.plnkit.report.io.Zips;

/**
 * New workbooks for the toolkit's writers: POI's {@code XSSFWorkbook} with a cheaper shared-strings table. POI keys
 * each string of the table by the string's XML, which it serializes with XMLBeans for every text cell written: in a
 * participant's workbook that was an eighth of the time (issue 17). Here a plain string (no formatting runs) is keyed
 * by its text; formatted ones as before. Equal strings are shared exactly as before, so the files' bytes are the same.
 *
 * <pre>{@code
 * XSSFWorkbook wb = XssfWorkbooks.create();
 * try { ...; wb.write(out); } finally { XssfWorkbooks.discard(wb); }   // or try-with-resources (slower close)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XssfWorkbooks {
    private static final XSSFFactory FACTORY = new Factory(false);
    private static final XSSFFactory GRIDDED = new Factory(true);

    private XssfWorkbooks() {
    }

    /** A new, empty workbook. */
    public static XSSFWorkbook create() {
        return new Saved(FACTORY);
    }

    /**
     * A new, empty workbook whose sheets are {@link GridSheet}s: cells kept as plain objects and written as XML
     * directly, the same bytes as POI's for the same cells (issue 17). Rows come from {@link Cells#row}.
     */
    public static XSSFWorkbook createGridded() {
        return new Saved(GRIDDED);
    }

    /**
     * Lets go of a workbook made by {@link #create()} once it has been written, without writing it again. POI's
     * {@code close()} saves a new workbook's whole package into the in-memory stream it was created with, only to
     * drop it: a second save of every part (deflated), a twelfth of a participant's workbook (issue 17). Reverting the
     * package gives up the same memory and writes nothing; the bytes already written do not change.
     *
     * <pre>{@code
     * XSSFWorkbook wb = XssfWorkbooks.create();
     * try { ...; wb.write(out); } finally { XssfWorkbooks.discard(wb); }
     * }</pre>
     */
    public static void discard(XSSFWorkbook wb) {
        if (wb.getPackage() != null) {
            wb.getPackage().revert();
        }
    }

    /**
     * The workbook's file: its package written into a {@link Zips#stable} zip at {@code level}, in memory, so that
     * the same workbook always gives the same bytes. The workbook is not closed (see {@link #discard}). The
     * package's XML of its own (content types, relationships, core properties) is written as text ({@link
     * PackageWriter}, {@link PartWriters}) where POI makes a DOM of it and transforms it: the same bytes as POI's.
     */
    public static byte[] bytes(XSSFWorkbook wb, int level) throws IOException {
        ByteBlocks buf = new ByteBlocks();
        try (ZipArchiveOutputStream zip = Zips.stable(buf, level)) {
            if (wb instanceof Saved saved) {
                saved.writeTo(zip);
            } else {
                if (wb.getPackage() != null) {
                    PartWriters.install(wb.getPackage());
                }
                wb.write(zip);
            }
        }
        return buf.toByteArray();
    }

    /**
     * A workbook of this toolkit, which {@link #bytes} saves as {@code write} does (every part committed, then the
     * package saved), but with the package saved by {@link PackageWriter}.
     */
    private static final class Saved extends XSSFWorkbook {
        Saved(XSSFFactory factory) {
            super(factory);
        }

        void writeTo(ZipArchiveOutputStream zip) throws IOException {
            if (getPackage() == null) {
                throw new IOException("Cannot write data, document seems to have been closed already");
            }
            onSave(new HashSet<>());
            getProperties().commit();
            PackageWriter.write(getPackage(), zip);
        }
    }

    private static final class Factory extends XSSFFactory {
        private final boolean gridded;

        Factory(boolean gridded) {
            this.gridded = gridded;
        }

        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (descriptor == XSSFRelation.SHARED_STRINGS) {
                return gridded ? new GridStrings() : new PlainKeyedStrings();
            }
            if (gridded && descriptor == XSSFRelation.WORKSHEET) {
                return new GridSheet();
            }
            return super.newDocumentPart(descriptor);
        }
    }

    /** Keys a plain string by its text: a NUL first, which no string's XML (nor any cell text) starts with. */
    static class PlainKeyedStrings extends SharedStringsTable {
        /** Each plain string's index, so that a repeated one costs a lookup and no XML bean at all. */
        private final Map<String, Integer> plain = new HashMap<>();

        /**
         * The index of a plain string in the table, added when new: what {@code addSharedStringItem(new
         * XSSFRichTextString(text))} gives, and counted the same way, without making the rich string when the text
         * is already there.
         */
        int index(String text) {
            Integer i = plain.get(text);
            if (i != null) {
                count++;
                return i;
            }
            int added = addSharedStringItem(new XSSFRichTextString(text));
            plain.put(text, added);
            return added;
        }

        @Override
        protected String xmlText(CTRst st) {
            if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
                return "\0" + st.getT();
            }
            return super.xmlText(st);
        }
    }
}
