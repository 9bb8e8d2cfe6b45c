package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.NeedsSupport;
import org.plnkit.analysis.cohort.SupportNeed;

/**
 * The district workbook's Needs support sheet: participants with a warning signal, ranked by the documented rule of
 * {@link NeedsSupport}, each with why and the one step that would help most (the first step of their action plan).
 * Anonymized, participants are shown by label; the key from label to person is a separate file, written only on
 * request ({@link SupportKey}).
 */
final class NeedsSupportSheet extends DistrictSheet {
    NeedsSupportSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Needs support", 6, 20, 28, 18, 8, 8, 52, 52);
        List<SupportNeed> list = NeedsSupport.rank(a);
        note(s, 0, String.format(Locale.ROOT, "%,d of %,d assessed participants show a warning sign. "
                + "Points: 100 - health, +10 per health part at 0, +20 x the share of connections overdue, +10 for no "
                + "give-back, +15 when isolated. Listed: health at or below the cohort's lower quartile (%d) or below "
                + "%d, a part at 0, three quarters of the check-ins overdue or more, no give-back, or isolated.%s",
                list.size(), a.assessed(), a.health().overall().lowerQuartile(), NeedsSupport.LOW_HEALTH,
                labels.anonymized() ? " Participants are shown by number; " + DistrictHints.or(
                        input.hints().supportKey(), "a support key, written only on request, says who is who") + "."
                        : ""), 8);
        headed(s, 1, 1 + list.size(), "Rank", "Participant", "School", "Role", "Health", "Points",
                "Why", "The step that would help most");
        // rank, health and points centred: right-aligned, they ran into the participant and the why beside them
        int r = 2;
        for (SupportNeed n : list) {
            CohortParticipant p = a.participants().get(n.participant());
            Row row = row(s, r++);
            number(row, 0, n.rank(), count);
            text(row, 1, labels.participant(n.participant()), st.text);
            text(row, 2, school(p), st.text);
            text(row, 3, role(p), st.text);
            number(row, 4, n.health(), count);
            number(row, 5, n.points(), count);
            text(row, 6, why(n), st.wrap);
            // an empty PLN's action plan starts at a category it could not have; what helps first is their organizer
            String step = p.connections() == 0 ? "Collect their PLN organizer"
                    : p.scores().map(x -> labels.firstStep(x, taxonomy)).filter(x -> !x.isEmpty())
                    .orElse(n.isolated() ? "Introduce them to a colleague who shares their topics" : "");
            text(row, 7, step, st.wrap);
            org.plnkit.report.workbook.kit.Cells.fitLines(row, Math.max(org.plnkit.report.workbook.kit.Cells.lines(
                    why(n), 52), org.plnkit.report.workbook.kit.Cells.lines(step, 52)));
        }
    }

    /** Why a participant of whom no connection was read is listed, here and on the Isolated sheet. */
    static final String NO_CONNECTIONS_READ =
            "no connections were read for them (see Input problems): collect their organizer";

    /** The reasons in words: "health 38; parts at 0: Give-back, Upkeep; 60% overdue; no give-back; isolated". */
    static String why(SupportNeed n) {
        List<String> w = new ArrayList<>();
        for (SupportNeed.Reason r : n.reasons()) {
            switch (r) {
                case LOW_HEALTH -> w.add("low health (" + n.health() + ")");
                case PARTS_AT_ZERO -> w.add("at 0: " + String.join(", ", n.partsAtZero().stream()
                        .map(DistrictWorkbook::partLabel).toList()));
                case OVERDUE -> w.add(Math.round(n.overdueShare() * 100) + "% of check-ins overdue");
                case NO_GIVE_BACK -> w.add("gives back to no one");
                case ISOLATED -> w.add("shares nothing with anyone");
                case NO_CONNECTIONS -> w.add(NO_CONNECTIONS_READ);
                default -> throw new IllegalStateException(r.toString());
            }
        }
        return String.join("; ", w);
    }
}
