package org.plnkit.report.workbook;

import static org.plnkit.report.workbook.kit.Cells.blank;
import static org.plnkit.report.workbook.kit.Cells.fitLines;
import static org.plnkit.report.workbook.kit.Cells.lines;
import static org.plnkit.report.workbook.kit.Cells.merge;
import static org.plnkit.report.workbook.kit.Cells.number;
import static org.plnkit.report.workbook.kit.Cells.row;
import static org.plnkit.report.workbook.kit.Cells.text;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;

/** The Topics sheet: each topic and its sources. */
final class TopicsSheet extends ParticipantSheet {
    TopicsSheet(Context c) {
        super(c);
    }

    @Override
    void write() {
        XSSFSheet s = sheet(4);
        TopicCoverage t = a.topics();
        Row title = row(s, 0);
        text(title, 0, "Topics and their sources", st.title);
        title.setHeightInPoints(28);
        s.setColumnWidth(0, 30 * 256);
        s.setColumnWidth(1, 9 * 256);
        s.setColumnWidth(2, 16 * 256);
        if (t.byTopic().isEmpty()) {
            Row r = row(s, 1);
            text(r, 0, "You have not named the topics you need to keep up with. Add them under topics: in your"
                    + " PLN file, and list each connection's topics, to see here which topics have enough"
                    + " sources.", st.note);
            merge(s, 1, 0, 7);
            fitLines(r, 2);
            for (int c = 3; c <= 7; c++) {
                s.setColumnWidth(c, 14 * 256);
            }
            return;
        }
        Row intro = row(s, 1);
        text(intro, 0, "● = this connection helps you keep up with the topic. Red: no source yet. Amber: a single"
                + " source; if you lost touch, the topic would have none.", st.note);
        // sources: connections that help with at least one topic, most engagement first
        Set<String> helping = new TreeSet<>();
        t.byTopic().forEach(x -> x.sources().forEach(src -> helping.add(src.connection().id())));
        List<ConnectionRef> sources = a.reliance().weights().stream().map(Reliance.ConnectionWeight::connection)
                .filter(c -> helping.contains(c.id())).toList();
        int head = 3;
        Row h = row(s, head);
        text(h, 0, "Topic", st.header);
        text(h, 1, "Sources", st.header);
        text(h, 2, "Status", st.header);
        int longest = 8;
        for (int i = 0; i < sources.size(); i++) {
            text(h, 3 + i, sources.get(i).name(), st.headerRotated);
            s.setColumnWidth(3 + i, 5 * 256);
            longest = Math.max(longest, Math.min(sources.get(i).name().length(), 48));
        }
        merge(s, 1, 0, Math.max(7, 2 + sources.size()));
        fitLines(intro, lines(intro.getCell(0).getStringCellValue(), 55 + 5.0 * Math.max(5, sources.size())));
        // rotated names: a line of about 7 points per character, wrapped at 24 characters
        h.setHeightInPoints((float) Math.min(170, 7.0 * Math.min(longest, 24) + 12));
        int r = head + 1;
        for (TopicCoverage.TopicSources ts : t.byTopic()) {
            Row tr = row(s, r++);
            boolean none = ts.status() == TopicCoverage.Status.UNCOVERED;
            boolean one = ts.status() == TopicCoverage.Status.FRAGILE;
            text(tr, 0, ts.topic(), none ? st.redWrap : one ? st.amberWrap : st.wrap);
            number(tr, 1, ts.sources().size(), none ? st.redNumber : one ? st.amberNumber : st.number);
            text(tr, 2, none ? "no source" : one ? "single source" : "covered",
                    none ? st.red : one ? st.amber : st.text);
            Set<String> ids = ts.sources().stream().map(x -> x.connection().id())
                    .collect(Collectors.toCollection(TreeSet::new));
            for (int i = 0; i < sources.size(); i++) {
                if (ids.contains(sources.get(i).id())) {
                    text(tr, 3 + i, "●", one ? st.amberMark : st.mark);
                } else {
                    blank(tr, 3 + i, none ? st.redMark : one ? st.amberMark : st.mark);
                }
            }
            fitLines(tr, lines(ts.topic(), 30));
        }
        s.createFreezePane(3, head + 1);
    }
}
