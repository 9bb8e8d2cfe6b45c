package org.plnkit.web;

import static org.plnkit.web.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.plnkit.analysis.Assessment;
import org.plnkit.analysis.gaps.Coverage;
import org.plnkit.analysis.giveback.GiveBack;
import org.plnkit.analysis.health.Health;
import org.plnkit.analysis.health.Voice;
import org.plnkit.analysis.measure.ConnectionRef;
import org.plnkit.analysis.plan.Suggestion;
import org.plnkit.analysis.reliance.Reliance;
import org.plnkit.analysis.topics.TopicCoverage;
import org.plnkit.analysis.upkeep.Upkeep;
import org.plnkit.report.bundle.ParticipantReport;

/** The assessment as an HTML fragment: health and its parts, gaps, reliance, topics, give-back, check-ins, plan. */
final class AssessmentHtml {
    private AssessmentHtml() {
    }

    static String of(ParticipantReport r) {
        Assessment a = r.assessment();
        StringBuilder b = new StringBuilder(8_000);
        Health h = a.health();
        b.append("<section aria-labelledby=\"health-heading\"><h3 id=\"health-heading\">Health: <span id=\"health-score\">")
                .append(h.score()).append("</span> out of 100</h3><table class=\"parts\"><caption>The parts of the score"
                        + " (as of ").append(a.asOf()).append(")</caption><thead><tr><th scope=\"col\">Part</th>"
                        + "<th scope=\"col\">Score</th><th scope=\"col\">Weight</th><th scope=\"col\">Why</th></tr></thead><tbody>");
        for (Health.SubScore s : h.subScores()) {
            b.append("<tr><th scope=\"row\">").append(esc(words(s.part().name()))).append("</th><td>")
                    .append(s.score().map(String::valueOf).orElse("–")).append("</td><td>").append(s.weight())
                    .append("</td><td>").append(esc(s.explanation())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
        Coverage c = a.coverage();
        b.append("<section aria-labelledby=\"gaps-heading\"><h3 id=\"gaps-heading\">Gaps: categories with no connection</h3>");
        list(b, c.gaps(), "<p id=\"no-gaps\">None: every category has at least one connection.</p>", "ul",
                " id=\"gaps\"", g -> "<li data-category=\"" + esc(g.category()) + "\">" + esc(g.label())
                        + (g.core() ? " (core)" : "") + "</li>");
        if (!c.thinCategories().isEmpty()) {
            b.append("<p>Thin: ");
            b.append(String.join("; ", c.thinCategories().stream().map(t -> esc(t.label()) + " (" + t.connections() + ")")
                    .toList()));
            b.append("</p>");
        }
        b.append("</section>");
        Reliance rel = a.reliance();
        b.append("<section aria-labelledby=\"reliance-heading\"><h3 id=\"reliance-heading\">Over-reliance</h3>");
        list(b, rel.flags(), "<p>No single source carries too much of my learning.</p>", "ul", "",
                f -> "<li>" + esc(switch (f.type()) {
                    case TOP_SHARE -> rel.tiedForTop().size() > 1
                            // a tie: every one of them, not the first by id
                            ? and(rel.tiedForTop().stream().map(w -> w.connection().name()).toList())
                                    + " tie for the largest share: each carries " + pct(f.value())
                                    + " of my engagement (limit " + pct(f.limit()) + ")"
                            : f.connection().map(ConnectionRef::name).orElse("One source") + " carries "
                                    + pct(f.value()) + " of my engagement (limit " + pct(f.limit()) + ")";
                    case CONCENTRATION -> "My engagement is concentrated on few sources (index "
                            + String.format(Locale.ROOT, "%.2f", f.value()) + ", limit "
                            + String.format(Locale.ROOT, "%.2f", f.limit()) + ")";
                    case SOLE_SOURCE -> f.connection().map(ConnectionRef::name).orElse("One source")
                            + " is my only source for " + (int) f.value() + " topics";
                }) + "</li>");
        b.append("</section>");
        TopicCoverage t = a.topics();
        b.append("<section aria-labelledby=\"topics-heading\"><h3 id=\"topics-heading\">Topics</h3>");
        list(b, t.byTopic(), "<p>Add the topics I need to keep up with (under Me) to see who covers them.</p>", "ul",
                "", s -> "<li>" + esc(s.topic()) + ": " + (s.sources().isEmpty() ? "no source"
                        : esc(String.join(", ", s.sources().stream().map(x -> x.connection().name()).toList())))
                        + " <span class=\"tag\">" + esc(s.status().name().toLowerCase(Locale.ROOT)) + "</span></li>");
        b.append("</section>");
        b.append("<section aria-labelledby=\"giveback-heading\"><h3 id=\"giveback-heading\">Giving back</h3><p id=\"giveback\">")
                .append(esc(giveBack(a.giveBack())));
        if (!a.giveBack().oneWayTies().isEmpty()) {
            b.append(" One-way: ").append(esc(names(a.giveBack().oneWayTies()))).append(".");
        }
        b.append("</p></section>");
        Upkeep u = a.upkeep();
        b.append("<section aria-labelledby=\"checkins-heading\"><h3 id=\"checkins-heading\">Overdue check-ins</h3>");
        list(b, u.overdueCheckIns(), "<p>None overdue.</p>", "ul", "", o -> "<li>" + esc(o.connection().name())
                + ": last contact " + o.lastContact() + ", " + o.daysOverdue() + " days overdue (" + o.frequency().id()
                + ")</li>");
        b.append("</section>");
        b.append("<section aria-labelledby=\"plan-heading\"><h3 id=\"plan-heading\">My action plan</h3>");
        list(b, a.actionPlan().recommendations(), "<p>Nothing to do now.</p>", "ol", " id=\"plan\"",
                // the page speaks as the teacher ("my action plan"), as the health table does: the reports keep "you"
                rec -> "<li><strong>" + esc(rec.title(ConnectionRef::name, Voice.I)) + "</strong> <span class=\"reason\">"
                        + esc(rec.reason(ConnectionRef::name, Voice.I))
                        + "</span>" + suggestions(rec.suggestions()) + "</li>");
        b.append("</section>");
        return b.toString();
    }

    /**
     * What to try for a step, by name ("To try: #NGSSchat and #edchat."), as the workbook and the reflection list
     * them: the directory's picks fit the teacher's role and topics (a science teacher's, NSTA), and without them
     * the page said only "Add a connection in Social networks".
     */
    private static String suggestions(List<Suggestion> s) {
        return s.isEmpty() ? "" : " <span class=\"try\">To try: " + esc(and(s.stream().map(Suggestion::name).toList()))
                + ".</span>";
    }

    /**
     * The items as a list ({@code tag} {@code ul} or {@code ol}, with {@code attributes}), each a whole {@code <li>}
     * from {@code item}; the paragraph {@code none} when there are none.
     */
    private static <T> void list(StringBuilder b, List<T> items, String none, String tag, String attributes,
                                 Function<T, String> item) {
        if (items.isEmpty()) {
            b.append(none);
            return;
        }
        b.append('<').append(tag).append(attributes).append('>');
        items.forEach(i -> b.append(item.apply(i)));
        b.append("</").append(tag).append('>');
    }

    /**
     * Giving back as the CLI's assessment words it: the count and the share both of the connections one can give
     * back to (people, organizations, communities and events), from the analysis, never a recount.
     */
    static String giveBack(GiveBack g) {
        if (g.canGiveBackTo() == 0) {
            return "None of my connections is one I can give back to yet (people, organizations, communities and"
                    + " events).";
        }
        return "I give back to " + g.givesBackTo() + " of the " + g.canGiveBackTo() + " connection"
                + (g.canGiveBackTo() == 1 ? "" : "s") + " I can give back to (people, organizations, communities and"
                + " events)" + g.share().map(s -> ": " + pct(s)).orElse("") + ".";
    }

    /** "A", "A and B", "A, B and C". */
    private static String and(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String names(List<ConnectionRef> refs) {
        return String.join(", ", refs.stream().map(ConnectionRef::name).toList());
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String words(String enumName) {
        String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
