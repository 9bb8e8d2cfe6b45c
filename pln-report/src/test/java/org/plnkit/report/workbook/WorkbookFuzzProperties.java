package org.plnkit.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plnkit.analysis.AssessmentOptions;
import org.plnkit.core.model.Connection;
import org.plnkit.core.model.Frequency;
import org.plnkit.core.model.Kind;
import org.plnkit.core.model.Participant;
import org.plnkit.core.model.Pln;
import org.plnkit.core.model.Taxonomy;
import org.plnkit.report.bundle.ParticipantReport;

/** Whatever text a PLN holds, the workbook opens, has no formula cell and links only to http(s) addresses. */
class WorkbookFuzzProperties {
    private static final List<String> CATEGORIES = Taxonomy.defaults().ids();

    @Test
    void anyTextStaysTextAndOnlyWebAddressesBecomeLinks() {
        qt().withExamples(40).withShrinkCycles(5).withFixedSeed(20261128L)
                .forAll(lists().of(strings().allPossible().ofLengthBetween(1, 24)).ofSizeBetween(1, 6),
                        strings().allPossible().ofLengthBetween(0, 30))
                .checkAssert((texts, url) -> {
                  try {
                    List<Connection> cs = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        String t = texts.get(i);
                        cs.add(Connection.builder("c" + i, t, Kind.values()[i % 3],
                                        CATEGORIES.get(i % CATEGORIES.size()))
                                .url(url.isEmpty() ? null : url).topics(List.of(t)).metVia(t)
                                .frequency(Frequency.values()[i % 6]).value(1 + i % 5)
                                .lastContact(LocalDate.of(2026, 1 + i % 12, 1)).build());
                    }
                    Participant p = new Participant("p", texts.get(0), Optional.of(url), Optional.empty(),
                            texts, Optional.of(url), Optional.of(LocalDate.of(2026, 11, 1)));
                    ParticipantReport r = ParticipantReport.of(new Pln(p, cs, List.of()),
                            AssessmentOptions.defaults(), false);
                    try (XSSFWorkbook wb = Workbooks.open(Workbooks.withoutMap(r))) {
                        assertEquals(List.of(), Workbooks.formulaCells(wb));
                        assertEquals(AssessmentWorkbook.SHEETS.size(), wb.getNumberOfSheets());
                        for (XSSFHyperlink h : wb.getSheet("Connections").getHyperlinkList()) {
                            assertTrue(h.getAddress().startsWith("http://") || h.getAddress().startsWith("https://")
                                    || h.getAddress().startsWith("HTTP"), h.getAddress());
                        }
                    }
                  } catch (Throwable e) {
                      throw new AssertionError(escape(texts + " " + url) + ": " + e, e);
                  }
                });
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp >= 0x20 && cp < 0x7f ? Character.toString(cp)
                : String.format("\\u{%x}", cp)));
        return b.toString();
    }
}
