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
 * try (XSSFWorkbook wb = XssfWorkbooks.create()) { ... }
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
