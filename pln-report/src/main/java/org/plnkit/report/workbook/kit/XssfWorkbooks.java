package org.plnkit.report.workbook.kit;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

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
    private static final XSSFFactory FACTORY = new Factory();

    private XssfWorkbooks() {
    }

    /** A new, empty workbook. */
    public static XSSFWorkbook create() {
        return new XSSFWorkbook(FACTORY);
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

    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (descriptor == XSSFRelation.SHARED_STRINGS) {
                return new PlainKeyedStrings();
            }
            return super.newDocumentPart(descriptor);
        }
    }

    /** Keys a plain string by its text: a NUL first, which no string's XML (nor any cell text) starts with. */
    private static final class PlainKeyedStrings extends SharedStringsTable {
        @Override
        protected String xmlText(CTRst st) {
            if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
                return "\0" + st.getT();
            }
            return super.xmlText(st);
        }
    }
}
