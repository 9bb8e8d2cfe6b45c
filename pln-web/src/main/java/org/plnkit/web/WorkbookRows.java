package org.plnkit.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.plnkit.core.identity.IdentityKeys;
import org.plnkit.core.problem.Problem;
import org.plnkit.core.read.internal.Text;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The problems of one participant of a district's workbook: those of the rows whose {@code participant_id} is
 * theirs, and those that belong to no one row (a header, the workbook itself, a row without a participant id). The
 * other participants' rows are not theirs to fix. The workbook was read whole by the cohort reader (its limits
 * passed); here only the participant-id cells of the rows with problems are read again, streaming.
 */
final class WorkbookRows {
    private WorkbookRows() {
    }

    /**
     * The problems of {@code all} that concern {@code participantId}; all of them when the rows cannot be read
     * again (nothing is ever hidden by mistake).
     */
    static List<Problem> problemsOf(Path xlsx, List<Problem> all, String participantId) {
        Map<String, Set<Integer>> wanted = new HashMap<>();
        for (Problem p : all) {
            int row = row(p);
            if (row > 1) {
                wanted.computeIfAbsent(p.place().sheet(), k -> new HashSet<>()).add(row);
            }
        }
        if (wanted.isEmpty()) {
            return all;
        }
        Map<String, Map<Integer, String>> owners;
        try {
            owners = owners(xlsx, wanted);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            return all;
        }
        String mine = IdentityKeys.sharedId(participantId);
        List<Problem> out = new ArrayList<>();
        for (Problem p : all) {
            String owner = owners.getOrDefault(p.place().sheet(), Map.of()).get(row(p));
            if (owner == null || owner.isBlank() || IdentityKeys.sharedId(owner).equals(mine)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The sheet row of a problem's cell, or 0 when it has none. */
    private static int row(Problem p) {
        String cell = p.place().cell();
        if (p.place().sheet() == null || cell == null || cell.isBlank()) {
            return 0;
        }
        try {
            return new CellReference(cell).getRow() + 1;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** For each wanted sheet, the participant id of each wanted row (the column named participant_id in row 1). */
    private static Map<String, Map<Integer, String>> owners(Path xlsx, Map<String, Set<Integer>> wanted)
            throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException, org.xml.sax.SAXException,
            javax.xml.parsers.ParserConfigurationException {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader r = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) r.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    Set<Integer> rows = wanted.get(it.getSheetName());
                    if (rows == null) {
                        continue;
                    }
                    Map<Integer, String> ids = new HashMap<>();
                    out.put(it.getSheetName(), ids);
                    XMLReader x = XMLHelper.newXMLReader();
                    x.setContentHandler(new XSSFSheetXMLHandler(r.getStylesTable(), null, strings,
                            new Owners(rows, ids), new DataFormatter(), false));
                    x.parse(new InputSource(in));
                }
            }
        }
        return out;
    }

    /** Finds the participant_id column in row 1, then keeps its value for the wanted rows. */
    private static final class Owners implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Set<Integer> rows;
        private final Map<Integer, String> ids;
        private int column = -1;
        private int row;

        Owners(Set<Integer> rows, Map<Integer, String> ids) {
            this.rows = rows;
            this.ids = ids;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref == null || value == null) {
                return;
            }
            int c = new CellReference(ref).getCol();
            if (row == 1 && column < 0 && Text.headerKey(value).equals("participant_id")) {
                column = c;
            } else if (row > 1 && c == column && rows.contains(row)) {
                ids.put(row, value.strip());
            }
        }
    }
}
