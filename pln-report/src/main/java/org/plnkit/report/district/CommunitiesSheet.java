package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.number;
import static org.plnkit.report.district.DistrictWorkbook.text;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.CohortParticipant;
import org.plnkit.analysis.cohort.Community;
import org.plnkit.analysis.cohort.CommunityProfile;
import org.plnkit.analysis.cohort.CommunityProfiles;
import org.plnkit.report.workbook.kit.Cells;

/**
 * The district workbook's Communities sheet: each community of at least {@link CommunityProfiles#minSize} members
 * described by what sets it apart (its defining shared resources), its schools and roles, size and cohesion; the
 * smaller ones counted together as small groups.
 */
final class CommunitiesSheet extends DistrictSheet {
    CommunitiesSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("Communities", 11, 9, 10, 10, 50, 34, 30);
        List<CommunityProfile> list = CommunityProfiles.of(a);
        int min = CommunityProfiles.minSize(a.size());
        int[] small = CommunityProfiles.smallGroups(a);
        note(s, 0, String.format(Locale.ROOT, "Groups of participants who share more with each other than "
                + "with the rest (the Leiden algorithm on the projection; modularity %.2f). Described: communities of %d "
                + "members or more (5, or the square root of the participants divided by 4 when more). Cohesion: "
                + "the share of members' closest peers who are members too. Defining: named by at least %d%% of "
                + "members (3 or more) and at least %.0f times as often as by everyone else, largest difference first "
                + "(members' share / everyone else's). Members are on the Participants sheet (column Community).",
                a.modularity(), min, Math.round(CommunityProfiles.MIN_MEMBER_SHARE * 100), CommunityProfiles.MIN_LIFT),
                7);
        headed(s, 1, 1 + list.size(), "Community", "Members", "Cohesion", "Mean health",
                "What binds it: defining shared resources (members / everyone else)", "Schools (members)",
                "Roles (members)");
        s.getRow(1).setHeightInPoints(30);
        int r = 2;
        for (CommunityProfile p : list) {
            Community c = p.community();
            Row row = row(s, r++);
            number(row, 0, c.number(), count);
            number(row, 1, c.size(), count);
            number(row, 2, p.cohesion(), st.percent);
            if (c.meanHealth().isPresent()) {
                number(row, 3, c.meanHealth().get(), st.decimal);
            }
            String defining = String.join("; ", p.defining().stream().map(d -> labels.node(d.node())
                    + String.format(Locale.ROOT, " (%d%% / %d%%)", Math.round(d.memberShare() * 100),
                    Math.round(d.otherShare() * 100))).toList());
            text(row, 4, defining.isEmpty() ? "(no shared resource sets it apart: what its members name, others name as often)" : defining, st.wrap);
            text(row, 5, groups(c.schools()), st.wrap);
            text(row, 6, groups(c.roles()), st.wrap);
            Cells.fitLines(row, Math.max(Cells.lines(defining, 50), Math.max(Cells.lines(groups(c.schools()), 34),
                    Cells.lines(groups(c.roles()), 30))));
        }
        r++;
        note(s, r++, small[0] == 0 ? "No small groups." : String.format(Locale.ROOT, "Small groups: "
                + "%,d group%s of fewer than %d members hold%s %,d participant%s together (numbered on the Participants "
                + "sheet, not described).", small[0], small[0] == 1 ? "" : "s", min, small[0] == 1 ? "s" : "", small[1], small[1] == 1 ? ""
                : "s"), 7);
        note(s, r++, CommunityProfiles.noCommunityText(a), 7);
        // each of them with their own reason: "no community" alone read as a fault of the participant, and a
        // coordinator could not tell one who shares nothing from one whose peers were all taken by closer ones
        List<CohortParticipant> none = a.participants().stream().filter(p -> p.community().isEmpty()).toList();
        if (none.isEmpty()) {
            return;
        }
        r++;
        // in the columns of the table above: the reason where the defining resources are, school and role under theirs
        Row h = s.createRow(r++);
        Cells.header(h, st.header, "Participant", "Shared nodes", "Why in no community", "", "", "School", "Role");
        Cells.merge(s, h.getRowNum(), 2, 4);
        h.setHeightInPoints(30);
        int shown = Math.min(none.size(), NO_COMMUNITY_ROWS);
        for (CohortParticipant p : none.subList(0, shown)) {
            Row row = s.createRow(r);
            text(row, 0, labels.participant(p.index()), st.wrap);
            number(row, 1, p.sharedNodes(), count);
            String why = CommunityProfiles.noCommunityReason(a, p.index(), labels).orElse("");
            text(row, 2, why, st.wrap);
            Cells.merge(s, r, 2, 4);
            text(row, 5, school(p), st.wrap);
            text(row, 6, role(p), st.wrap);
            Cells.fitLines(row, Math.max(Cells.lines(why, 10 + 10 + 50), Math.max(Cells.lines(school(p), 34),
                    Cells.lines(role(p), 30))));
            r++;
        }
        if (none.size() > shown) {
            note(s, r, String.format(Locale.ROOT, "And %,d more: their Community cell on the Participants sheet is"
                    + " empty.", none.size() - shown), 7);
        }
    }

    /** Participants in no community listed one by one: a few in a district; past this the note counts the rest. */
    static final int NO_COMMUNITY_ROWS = 500;

    private static String groups(List<Community.GroupCount> gs) {
        return String.join(", ", gs.stream().map(g -> g.group() + " (" + g.participants() + ")").toList());
    }
}
