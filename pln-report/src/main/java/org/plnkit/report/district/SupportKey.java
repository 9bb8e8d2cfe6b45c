package org.plnkit.report.district;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.plnkit.analysis.cohort.CohortAnalysis;
import org.plnkit.analysis.cohort.CohortLabels;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.NeedsSupport;
import org.plnkit.analysis.cohort.SupportNeed;
import org.plnkit.report.workbook.kit.CellText;

/**
 * The key to an anonymized Needs support sheet: who each listed participant label is (CSV: rank, label, participant
 * id, name, school). It names people, so it is written only on request ({@code pln cohort --support-key FILE}) and
 * kept apart from the shareable workbook. Text a spreadsheet would run as a formula gets a leading apostrophe.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("support-key.csv"))) {
 *     SupportKey.write(analysis, CohortLabels.anonymous(analysis), out);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SupportKey {
    private SupportKey() {
    }

    /** Writes the key (UTF-8, RFC 4180, {@code \n} line ends); the stream is flushed, not closed. */
    public static void write(CohortAnalysis a, CohortLabels labels, OutputStream out) throws IOException {
        Objects.requireNonNull(a, "analysis");
        Objects.requireNonNull(labels, "labels");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("rank,label,participant_id,name,school\n");
        for (SupportNeed n : NeedsSupport.rank(a)) {
            CohortParticipant p = a.participants().get(n.participant());
            line(w, List.of(Integer.toString(n.rank()), labels.participant(n.participant()), p.id(),
                    p.participant().displayName(), p.participant().school().orElse("")));
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csv(cells.get(i)));
        }
        w.write('\n');
    }

    /** One CSV cell: formula-like text prefixed with an apostrophe, quoted when needed. */
    static String csv(String v) {
        String t = CellText.clean(v);
        if (CellText.looksLikeFormula(t)) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
