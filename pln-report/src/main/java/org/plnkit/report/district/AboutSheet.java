package org.plnkit.report.district;

import static org.plnkit.report.district.DistrictWorkbook.text;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.plnkit.analysis.cohort.Projection;

/** The district workbook's About sheet. */
final class AboutSheet extends DistrictSheet {
    AboutSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        SXSSFSheet s = sheet("About", 24, 110);
        Projection.Stats ps = a.projection().stats();
        String[][] lines = {
                {"Overview", "Key figures and three charts: how many participants have, have thin, or miss each "
                        + "category; the distribution of health scores; the median health score by school."},
                {"Needs support", "Participants with a warning sign, ranked by points: 100 - health, +10 per "
                        + "health part at 0, +20 x the share of check-ins overdue, +10 for no give-back, +15 when "
                        + "isolated; with the first step of their action plan."},
                {"What to promote", "Shared organizations and resources valued highly by their users (top "
                        + "quarter of mean engagement weight) and named by at most a quarter of the cohort; and the "
                        + "district directory's entries nobody uses yet (" + DistrictHints.or(input.hints()
                        .resources(), "when the district's resource directory is given") + ")."},
                {"Heatmap", "One row per participant, one column per category: how many connections they have "
                        + "in it."},
                {"Participants", "Every score of the participant assessment (health 0-100 and its six parts), "
                        + "coverage, topics, upkeep, and the participant's place in the cohort. Filter and sort "
                        + "with the arrows in the header."},
                {"Coverage", "Have / thin / missing per category, for the whole cohort, each school and each role. "
                            + "Have: a connection in touch more often than yearly. Thin: only yearly or rarely "
                            + "checked ones. (The participant's own report is stricter: one connection is thin.)"},
                {"Shared resources", "Organizations, resources and people named by two participants or more, "
                        + "merged across spellings and web addresses. 'Only source for': participants who would "
                        + "be left without any source for a category or topic without it."},
                {"Keystones", "Shared nodes that are the only source of a category or a topic for two "
                            + "participants or more, and for at least half of those who name them."},
                {"Communities", "Groups found by the Leiden algorithm (CWTS networkanalysis, modularity, seed "
                        + a.options().seed() + ") on the projection: each participant linked to at most " + ps.neighbours()
                        + " others with whom they share the rarest nodes. Those left alone or in a group of fewer than "
                        + a.options().minCommunitySize() + " are in no community (an empty Community cell): the"
                        + " Communities sheet says why."},
                {"Bridges", "Participants whose neighbours come from several communities or schools, by "
                        + "betweenness (" + (a.betweennessExact() ? "exact" : "estimated from "
                        + a.options().betweennessSources() + " sampled participants") + ")."},
                {"Isolated", "Participants who share nothing with anyone: candidates for mentoring."},
                {"Input problems", "Every row of the input that was left out or read with a note, with its "
                        + "place; and participants who could not be assessed."},
                {"Privacy", labels.anonymized() ? "People are anonymized: participants are numbered in input "
                        + "order, shared people are named by category ('Mentor 3'). Organizations, resources, "
                        + "schools and roles keep their names." : "People are shown by name."},
                {"Measures", "Every measure is defined in docs/measures.md of PLN Toolkit (participant "
                        + "assessment, and 'Cohort measures')."}};
        text(s.createRow(0), 0, "How to read this workbook", st.title);
        int r = 2;
        for (String[] l : lines) {
            Row row = s.createRow(r++);
            text(row, 0, l[0], st.label);
            text(row, 1, l[1], st.wrap);
            row.setHeightInPoints(15 * Math.max(1, (int) Math.ceil(l[1].length() / 105.0)));
        }
    }
}
